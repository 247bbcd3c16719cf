package org.cradle.adapters.rest.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cradle.adapters.rest.ContractBounds;
import org.cradle.adapters.rest.RoleName;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.consent.Consent;
import org.cradle.domain.consent.ConsentChange;
import org.cradle.domain.consent.ConsentMethod;
import org.cradle.domain.consent.ConsentStatus;
import org.cradle.domain.consent.ConsentTerms;
import org.cradle.domain.consent.ConsentVersion;
import org.cradle.domain.consent.Coverage;
import org.cradle.domain.consent.CoverageAnswer;
import org.cradle.domain.consent.Decision;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.consent.NotesKeptIn;
import org.cradle.domain.consent.Purpose;
import org.cradle.domain.consent.Recipient;
import org.cradle.domain.consent.RecipientKind;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON of the consent endpoints: requests in, views out, never domain objects. */
public final class ConsentMessages {

    private ConsentMessages() {}

    @Schema(
            name = "Recipient",
            description = "Someone information may go to. ORGANISATION names `organisation`; ROLE names `role`;"
                    + " TEAM_AROUND_THE_FAMILY names nothing (whoever has an open episode with the family at the"
                    + " time); PRACTITIONER names `practitioner` and `organisation`; FAMILY_MEMBER names `personId`.")
    public record RecipientBody(
            @Schema(required = true, example = "ORGANISATION") RecipientKind kind,
            @Schema(
                            nullable = true,
                            description = "An organisation in the directory.",
                            example = "RX1",
                            maxLength = OrganisationId.MAX_LENGTH,
                            pattern = OrganisationId.FORM)
                    String organisation,
            @Schema(nullable = true, description = "A Cradle role.", example = "safeguarding-lead") RoleName role,
            @Schema(
                            nullable = true,
                            description = "The practitioner's identity-provider subject.",
                            example = "k.osei",
                            maxLength = Recipient.MAX_PRACTITIONER_LENGTH)
                    String practitioner,
            @Schema(nullable = true, description = "A member of the family.") UUID personId) {

        static RecipientBody of(Recipient recipient) {
            return new RecipientBody(
                    recipient.kind(),
                    recipient.organisation() == null
                            ? null
                            : recipient.organisation().value(),
                    recipient.role() == null
                            ? null
                            : new RoleName(recipient.role().tokenName()),
                    recipient.practitioner(),
                    recipient.familyMember() == null
                            ? null
                            : recipient.familyMember().value());
        }
    }

    @Schema(
            name = "RecordConsentRequest",
            description = "A person's decision about sharing information about them: about themselves, or for a"
                    + " child under 16 by a family member with parental responsibility.")
    public record RecordConsentRequest(
            @Schema(required = true, description = "Whose information: a member of the family.") UUID subjectId,
            @Schema(
                            required = true,
                            description = "Who decided: the subject, or for a child under 16 a family member with"
                                    + " parental responsibility.")
                    UUID grantorId,
            @Schema(required = true, example = "GIVEN") Decision decision,
            @Schema(required = true, example = "[\"DIRECT_SUPPORT\"]") Set<Purpose> purposes,
            @Schema(required = true, maxItems = ConsentTerms.MAX_RECIPIENTS) List<RecipientBody> recipients,
            @Schema(
                            required = true,
                            description = "MENTAL_HEALTH, SUBSTANCE_USE, DOMESTIC_ABUSE, OFFENDING_HISTORY and"
                                    + " SEXUAL_HEALTH are sensitive: they need an explicit method.",
                            example = "[\"BASIC_DETAILS\", \"DEVELOPMENT_AND_HEALTH\"]")
                    Set<InformationCategory> categories,
            @Schema(
                            nullable = true,
                            description = "Family members who must not see or be told.",
                            maxItems = ConsentTerms.MAX_EXCLUDED)
                    List<UUID> excludedPersonIds,
            @Schema(required = true, example = "INFANT_RECORD") NotesKeptIn notesKeptIn,
            @Schema(required = true, example = "EXPLICIT_WRITTEN") ConsentMethod method,
            @Schema(required = true, description = "Not in the future.", example = "2026-03-14")
                    LocalDate effectiveFrom,
            @Schema(required = true, description = "After effectiveFrom.", example = "2026-09-14") LocalDate reviewBy,
            @Schema(
                            nullable = true,
                            maxLength = ConsentTerms.MAX_FORM_REFERENCE_LENGTH,
                            description = "The signed form's document id.",
                            example = "form-2026-0142")
                    String formReference) {}

    @Schema(
            name = "ReviewConsentRequest",
            description = "Re-confirms the decision or changes it or its terms, from the version you read: a new"
                    + " version that supersedes the current one from its effectiveFrom.")
    public record ReviewConsentRequest(
            @Schema(
                            required = true,
                            description = "The current version number, as you read it.",
                            example = "1",
                            minimum = ContractBounds.FIRST,
                            maximum = ContractBounds.MOST_INT)
                    Integer version,
            @Schema(required = true, example = "GIVEN") Decision decision,
            @Schema(required = true, example = "[\"DIRECT_SUPPORT\"]") Set<Purpose> purposes,
            @Schema(required = true, maxItems = ConsentTerms.MAX_RECIPIENTS) List<RecipientBody> recipients,
            @Schema(required = true, example = "[\"BASIC_DETAILS\"]") Set<InformationCategory> categories,
            @Schema(nullable = true, maxItems = ConsentTerms.MAX_EXCLUDED) List<UUID> excludedPersonIds,
            @Schema(required = true, example = "INFANT_RECORD") NotesKeptIn notesKeptIn,
            @Schema(required = true, example = "EXPLICIT_VERBAL") ConsentMethod method,
            @Schema(
                            required = true,
                            description = "Not in the future, not before the current version's.",
                            example = "2026-09-10")
                    LocalDate effectiveFrom,
            @Schema(required = true, example = "2027-03-10") LocalDate reviewBy,
            @Schema(nullable = true, maxLength = ConsentTerms.MAX_FORM_REFERENCE_LENGTH, example = "form-2026-0311")
                    String formReference) {}

    @Schema(name = "WithdrawConsentRequest", description = "Withdraws the consent, from the version you read.")
    public record WithdrawConsentRequest(
            @Schema(
                            required = true,
                            description = "The current version number, as you read it.",
                            example = "2",
                            minimum = ContractBounds.FIRST,
                            maximum = ContractBounds.MOST_INT)
                    Integer version,
            @Schema(
                            nullable = true,
                            description = "From when; today when absent. Not in the future, not before the current"
                                    + " version's: withdrawal is not retroactive.",
                            example = "2026-11-20")
                    LocalDate effectiveFrom) {}

    @Schema(name = "ConsentVersion", description = "One version of a consent, as recorded; never changed.")
    public record ConsentVersionView(
            @Schema(example = "2", minimum = ContractBounds.FIRST, maximum = ContractBounds.MOST_INT) int number,
            @Schema(example = "REVIEWED") ConsentChange change,
            @Schema(description = "The decision; for a withdrawal, the decision it withdrew.", example = "GIVEN")
                    Decision decision,
            @Schema(uniqueItems = true) List<Purpose> purposes,
            @Schema(maxItems = ConsentTerms.MAX_RECIPIENTS) List<RecipientBody> recipients,
            @Schema(uniqueItems = true) List<InformationCategory> categories,
            @Schema(uniqueItems = true, maxItems = ConsentTerms.MAX_EXCLUDED) List<UUID> excludedPersonIds,
            @Schema(example = "INFANT_RECORD") NotesKeptIn notesKeptIn,
            @Schema(example = "EXPLICIT_WRITTEN") ConsentMethod method,
            @Schema(description = "From when this version holds.", example = "2026-09-10") LocalDate effectiveFrom,
            @Schema(example = "2027-03-10") LocalDate reviewBy,
            @Schema(nullable = true, example = "form-2026-0311", maxLength = ConsentTerms.MAX_FORM_REFERENCE_LENGTH)
                    String formReference,
            @Schema(example = "2026-09-10T14:02:11Z") Instant recordedAt,
            @Schema(example = "j.adeyemi", maxLength = Actor.MAX_SUBJECT_LENGTH) String recordedBy,
            @Schema(example = "north-council", maxLength = OrganisationId.MAX_LENGTH, pattern = OrganisationId.FORM)
                    String recordedFor) {

        static ConsentVersionView of(ConsentVersion version) {
            var terms = version.terms();
            return new ConsentVersionView(
                    version.number(),
                    version.change(),
                    version.decision(),
                    terms.purposes().stream().sorted().toList(),
                    terms.recipients().stream().map(RecipientBody::of).toList(),
                    terms.categories().stream().sorted().toList(),
                    terms.excludedFamilyMembers().stream()
                            .map(PersonId::value)
                            .sorted()
                            .toList(),
                    terms.notesKeptIn(),
                    terms.method(),
                    version.effectiveFrom(),
                    terms.reviewBy(),
                    terms.formReference(),
                    version.recordedAt(),
                    version.recordedBy(),
                    version.recordedFor().value());
        }
    }

    @Schema(name = "Consent", description = "A consent with every version it has had, oldest first.")
    public record ConsentView(
            UUID id,
            UUID familyId,
            UUID subjectId,
            UUID grantorId,
            @Schema(
                            description = "The organisation that first recorded it.",
                            example = "north-council",
                            maxLength = OrganisationId.MAX_LENGTH,
                            pattern = OrganisationId.FORM)
                    String organisation,
            @Schema(description = "Where it stands today.", example = "GIVEN") ConsentStatus status,
            @Schema(
                            description = "The current version number: send it back to review or withdraw.",
                            example = "2",
                            minimum = ContractBounds.FIRST,
                            maximum = ContractBounds.MOST_INT)
                    int version,
            List<ConsentVersionView> versions) {

        static ConsentView of(Consent consent, LocalDate today) {
            return new ConsentView(
                    consent.id().value(),
                    consent.family().value(),
                    consent.subject().value(),
                    consent.grantor().value(),
                    consent.organisation().value(),
                    consent.versionOn(today)
                            .map(version -> version.statusOn(today))
                            .orElse(consent.current().statusOn(today)),
                    consent.current().number(),
                    consent.versions().stream().map(ConsentVersionView::of).toList());
        }
    }

    @Schema(name = "ConsentAtDate", description = "A consent's version in force on a day, and where it stood then.")
    public record ConsentAtDateView(
            UUID consentId,
            UUID familyId,
            UUID grantorId,
            @Schema(example = "GIVEN") ConsentStatus status,
            ConsentVersionView version) {}

    @Schema(name = "ConsentEvent", description = "One step in the history of a person's consents.")
    public record ConsentEventView(UUID consentId, UUID familyId, UUID grantorId, ConsentVersionView version) {}

    @Schema(
            name = "CoverageRecipient",
            description = "Who would receive it: an organisation (with, if known, the role and practitioner who would"
                    + " see it), or a member of the family (`personId`).")
    public record PartyBody(
            @Schema(
                            nullable = true,
                            example = "RX1",
                            maxLength = OrganisationId.MAX_LENGTH,
                            pattern = OrganisationId.FORM)
                    String organisation,
            @Schema(nullable = true, example = "practitioner") RoleName role,
            @Schema(nullable = true, example = "k.osei", maxLength = Recipient.MAX_PRACTITIONER_LENGTH)
                    String practitioner,
            @Schema(nullable = true) UUID personId) {}

    @Schema(
            name = "CoverageQuestion",
            description = "May information about the subject, of these categories, go to this recipient for this"
                    + " purpose on this day?")
    public record CoverageQuestionRequest(
            @Schema(required = true) UUID subjectId,
            @Schema(required = true, example = "DIRECT_SUPPORT") Purpose purpose,
            @Schema(required = true) PartyBody recipient,
            @Schema(required = true, example = "[\"BASIC_DETAILS\", \"MENTAL_HEALTH\"]")
                    Set<InformationCategory> categories,
            @Schema(nullable = true, description = "The day asked about; today when absent.", example = "2026-03-14")
                    LocalDate on) {}

    @Schema(name = "ConsentVersionRef", description = "The consent version an answer rests on.")
    public record VersionRefView(
            UUID consentId,
            @Schema(example = "1", minimum = ContractBounds.FIRST, maximum = ContractBounds.MOST_INT) int version) {

        public static VersionRefView of(CoverageAnswer.VersionRef ref) {
            return new VersionRefView(ref.consent().value(), ref.version());
        }
    }

    @Schema(name = "CategoryCoverage", description = "The answer for one category.")
    public record CategoryCoverageView(
            @Schema(example = "MENTAL_HEALTH") InformationCategory category,
            @Schema(example = "COVERED") Coverage coverage,
            @Schema(nullable = true) VersionRefView basis,
            @Schema(description = "The recipient is a family member the person excluded.", example = "false")
                    boolean excludedRecipient) {}

    @Schema(
            name = "CoverageAnswer",
            description = "COVERED only when every category is; otherwise the most restrictive answer of a category"
                    + " (REFUSED, WITHDRAWN, EXPIRED, NOT_ASKED), with the consent version it rests on.")
    public record CoverageAnswerView(
            UUID subjectId,
            @Schema(example = "DIRECT_SUPPORT") Purpose purpose,
            @Schema(example = "2026-03-14") LocalDate on,
            @Schema(example = "COVERED") Coverage coverage,
            @Schema(nullable = true) VersionRefView basis,
            @Schema(description = "One answer for each category asked about.") List<CategoryCoverageView> categories) {}
}
