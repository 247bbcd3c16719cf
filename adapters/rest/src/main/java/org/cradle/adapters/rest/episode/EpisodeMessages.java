package org.cradle.adapters.rest.episode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cradle.adapters.rest.ContractBounds;
import org.cradle.domain.access.OrganisationId;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodePeriod;
import org.cradle.domain.episode.PractitionerRef;
import org.cradle.domain.episode.ServiceType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request and response bodies of the episode endpoints. */
public final class EpisodeMessages {

    private EpisodeMessages() {}

    @Schema(name = "OpenEpisodeRequest", description = "A new piece of work with the family, for your organisation.")
    public record OpenEpisodeRequest(
            @Schema(required = true, example = "PARENT_INFANT_MENTAL_HEALTH") ServiceType serviceType,
            @Schema(
                            required = true,
                            maxLength = PractitionerRef.MAX_LENGTH,
                            description = "The lead practitioner, as your identity provider names them.",
                            example = "j.mensah")
                    String leadPractitioner,
            @Schema(required = true, description = "Not in the future.", example = "2026-09-01") LocalDate openedOn) {}

    @Schema(name = "CloseEpisodeRequest", description = "Closes the work, from the version you read.")
    public record CloseEpisodeRequest(
            @Schema(
                            required = true,
                            description = "Not before the episode was (re)opened, not in the future.",
                            example = "2026-11-20")
                    LocalDate closedOn,
            @Schema(nullable = true, maxLength = Episode.MAX_REASON_LENGTH, example = "Goals of the plan met")
                    String reason,
            @Schema(required = true, example = "0", minimum = ContractBounds.NONE, maximum = ContractBounds.MOST_LONG)
                    Long version) {}

    @Schema(name = "ReopenEpisodeRequest", description = "Takes up closed work again, from the version you read.")
    public record ReopenEpisodeRequest(
            @Schema(required = true, description = "Not before the episode was last closed.", example = "2026-11-21")
                    LocalDate reopenedOn,
            @Schema(required = true, example = "1", minimum = ContractBounds.NONE, maximum = ContractBounds.MOST_LONG)
                    Long version) {}

    @Schema(name = "Episode", description = "A piece of work by one service with a family, with its history.")
    public record EpisodeView(
            @Schema(example = "7c9e6679-7425-40de-944b-e07fc1f90ae7") UUID id,
            @Schema(example = "0b6f7a7e-6d1c-4c1e-9a53-2f8e6f1f2c11") UUID familyId,
            @Schema(example = "PARENT_INFANT_MENTAL_HEALTH") ServiceType serviceType,
            @Schema(
                            description = "The organisation doing the work.",
                            example = "RX1",
                            maxLength = OrganisationId.MAX_LENGTH,
                            pattern = OrganisationId.FORM)
                    String organisation,
            @Schema(example = "j.mensah", maxLength = PractitionerRef.MAX_LENGTH) String leadPractitioner,
            @Schema(
                            enumeration = {"OPEN", "CLOSED"},
                            example = "OPEN")
                    String status,
            @Schema(description = "When the work first started.", example = "2026-09-01") LocalDate openedOn,
            @Schema(nullable = true, description = "When the work stopped, while closed.") LocalDate closedOn,
            @Schema(description = "Every period from (re)opening to closing, oldest first.") List<PeriodView> periods,
            Instant createdAt,
            @Schema(
                            description = "Send this back when you close or reopen the episode.",
                            example = "0",
                            minimum = ContractBounds.NONE,
                            maximum = ContractBounds.MOST_LONG)
                    long version) {

        static EpisodeView of(Episode episode) {
            return new EpisodeView(
                    episode.id().value(),
                    episode.family().value(),
                    episode.serviceType(),
                    episode.organisation().value(),
                    episode.leadPractitioner().value(),
                    episode.isOpen() ? "OPEN" : "CLOSED",
                    episode.openedOn(),
                    episode.closedOn().orElse(null),
                    episode.periods().stream().map(PeriodView::of).toList(),
                    episode.createdAt(),
                    episode.version());
        }
    }

    @Schema(name = "EpisodePeriod", description = "One stretch of the work.")
    public record PeriodView(
            @Schema(example = "2026-09-01") LocalDate openedOn,
            @Schema(nullable = true, example = "2026-11-20") LocalDate closedOn,
            @Schema(nullable = true, example = "Goals of the plan met", maxLength = Episode.MAX_REASON_LENGTH)
                    String closeReason) {

        static PeriodView of(EpisodePeriod period) {
            return new PeriodView(period.openedOn(), period.closedOn(), period.closeReason());
        }
    }
}
