package org.cradle.adapters.rest.confidentiality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.confidentiality.ConfidentialityNotice;
import org.cradle.domain.confidentiality.NoticeMethod;
import org.cradle.domain.episode.PractitionerRef;
import org.cradle.domain.organisation.OrganisationId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request and response bodies of the confidentiality notice endpoints. */
public final class ConfidentialityNoticeMessages {

    private ConfidentialityNoticeMessages() {}

    @Schema(
            name = "RecordConfidentialityNoticeRequest",
            description = "That an adult of the family was told what stays confidential and its limits.")
    public record RecordNoticeRequest(
            @Schema(
                            required = true,
                            description = "An adult member of the family (any role but CHILD).",
                            example = "6f1c2b7e-2d4a-4c1e-9a53-0b9e8d7c6a51")
                    UUID personId,
            @Schema(required = true, description = "When they were told; not in the future.", example = "2026-11-02")
                    LocalDate givenOn,
            @Schema(required = true, example = "WRITTEN_AND_VERBAL") NoticeMethod method,
            @Schema(
                            required = true,
                            description = "When to go over it again with them; after givenOn.",
                            example = "2027-05-02")
                    LocalDate revisitOn,
            @Schema(
                            nullable = true,
                            maxLength = PractitionerRef.MAX_LENGTH,
                            description = "The practitioner who told them, as your identity provider names them;"
                                    + " you, when left out.",
                            example = "j.mensah")
                    String givenBy) {}

    @Schema(
            name = "ConfidentialityNotice",
            description = "That an adult of a family was told what stays confidential and its limits.")
    public record NoticeView(
            @Schema(example = "5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c") UUID id,
            @Schema(example = "0b6f7a7e-6d1c-4c1e-9a53-2f8e6f1f2c11") UUID familyId,
            @Schema(description = "The adult who was told.", example = "6f1c2b7e-2d4a-4c1e-9a53-0b9e8d7c6a51")
                    UUID personId,
            @Schema(example = "2026-11-02") LocalDate givenOn,
            @Schema(example = "WRITTEN_AND_VERBAL") NoticeMethod method,
            @Schema(
                            description = "The practitioner who told them.",
                            example = "j.mensah",
                            maxLength = PractitionerRef.MAX_LENGTH)
                    String givenBy,
            @Schema(description = "When to go over it again.", example = "2027-05-02") LocalDate revisitOn,
            @Schema(
                            description = "The organisation whose confidentiality they were told about.",
                            example = "RX1",
                            maxLength = OrganisationId.MAX_LENGTH,
                            pattern = OrganisationId.FORM)
                    String organisation,
            @Schema(
                            description = "The token subject of whoever recorded it.",
                            example = "j.mensah",
                            maxLength = Actor.MAX_SUBJECT_LENGTH)
                    String recordedBy,
            @Schema(example = "2026-11-21T10:15:30Z") Instant recordedAt) {

        static NoticeView of(ConfidentialityNotice notice) {
            return new NoticeView(
                    notice.id().value(),
                    notice.family().value(),
                    notice.person().value(),
                    notice.givenOn(),
                    notice.method(),
                    notice.givenBy().value(),
                    notice.revisitOn(),
                    notice.organisation().value(),
                    notice.recordedBy(),
                    notice.recordedAt());
        }
    }
}
