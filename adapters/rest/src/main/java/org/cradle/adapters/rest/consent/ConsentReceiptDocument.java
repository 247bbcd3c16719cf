package org.cradle.adapters.rest.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cradle.adapters.rest.ContractBounds;
import org.cradle.application.consent.ConsentReceipt;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.consent.ConsentMethod;
import org.cradle.domain.consent.ConsentStatus;
import org.cradle.domain.consent.ConsentTerms;
import org.cradle.domain.consent.ConsentVersion;
import org.cradle.domain.consent.Decision;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.consent.NotesKeptIn;
import org.cradle.domain.consent.Purpose;
import org.cradle.domain.consent.Recipient;
import org.cradle.domain.organisation.Organisation;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A consent receipt in the shape of the Kantara Initiative Consent Receipt v1.1, which ISO/IEC TS 27560
 * builds on: the controller, the person, the purposes with their categories and recipients, how and
 * when it was obtained. What the Kantara fields cannot say (refusal, withdrawal, exclusions, the
 * version) is under {@code cradle}.
 */
@Schema(name = "ConsentReceipt", description = "A machine-readable receipt for one consent version.")
public record ConsentReceiptDocument(
        @Schema(example = KANTARA_VERSION, constValue = KANTARA_VERSION) String version,
        @Schema(example = JURISDICTION, constValue = JURISDICTION) String jurisdiction,
        @Schema(
                        description = "When this version was recorded, in seconds since the epoch.",
                        example = "1773487331",
                        minimum = ContractBounds.NONE,
                        maximum = ContractBounds.MOST_LONG)
                long consentTimestamp,
        @Schema(
                        example = "Explicit, written (signed form form-2026-0142), recorded by j.adeyemi",
                        maxLength = MAX_COLLECTION_METHOD)
                String collectionMethod,
        @Schema(example = "5b0e3f5c-3b71-4a0f-9a4c-7c1f1f0f2a10/v1", maxLength = MAX_RECEIPT_ID)
                String consentReceiptID,
        @Schema(example = LANGUAGE, constValue = LANGUAGE) String language,
        @Schema(description = "The person whose information it is (their Cradle id).") UUID piiPrincipalId,
        @Schema(description = "Cradle's organisation, the one controller.", minItems = 1, maxItems = 1)
                List<Controller> piiControllers,
        @Schema(description = "One service for each purpose the consent names.") List<Service> services,
        @Schema(description = "Whether sensitive categories are covered.") boolean sensitive,
        @Schema(uniqueItems = true) List<InformationCategory> spiCat,
        Extension cradle) {

    static final String KANTARA_VERSION = "KI-CR-v1.1.0";
    static final String JURISDICTION = "GB";
    static final String LANGUAGE = "en";
    static final String EXPLICIT = "EXPLICIT";
    static final String IMPLIED = "IMPLIED";

    /** The method in words and the words that join it to the form's reference and who recorded it. */
    static final int MAX_COLLECTION_METHOD = 50 + ConsentTerms.MAX_FORM_REFERENCE_LENGTH + Actor.MAX_SUBJECT_LENGTH;

    /** The consent's id (36 characters), "/v" and its version number (at most 10 digits). */
    static final int MAX_RECEIPT_ID = 36 + 2 + 10;

    /** The longest purpose or termination in words (these receipts' own sentences). */
    static final int MAX_WORDS = 100;

    /** Every recipient in words: "practitioner", their subject, "of" and their organisation, at most. */
    static final int MAX_RECIPIENTS_IN_WORDS =
            ConsentTerms.MAX_RECIPIENTS * (20 + Recipient.MAX_PRACTITIONER_LENGTH + OrganisationId.MAX_LENGTH);

    public record Controller(
            @Schema(example = "North Council Early Help", maxLength = Organisation.MAX_NAME_LENGTH)
                    String piiController,
            @Schema(example = "false") boolean onBehalf,
            @Schema(nullable = true, maxLength = Organisation.MAX_EMAIL_LENGTH) String contact,
            @Schema(nullable = true, maxLength = Organisation.MAX_EMAIL_LENGTH) String email,
            @Schema(example = "north-council", maxLength = OrganisationId.MAX_LENGTH, pattern = OrganisationId.FORM)
                    String organisationCode) {}

    public record Service(
            @Schema(example = "DIRECT_SUPPORT") Purpose service,
            @Schema(description = "The purpose, once.", minItems = 1, maxItems = 1) List<PurposeEntry> purposes) {}

    public record PurposeEntry(
            @Schema(maxLength = MAX_WORDS) String purpose,
            @Schema(minItems = 1, maxItems = 1) List<Purpose> purposeCategory,
            @Schema(
                            example = EXPLICIT,
                            enumeration = {EXPLICIT, IMPLIED})
                    String consentType,
            @Schema(uniqueItems = true) List<InformationCategory> piiCategory,
            boolean primaryPurpose,
            @Schema(maxLength = MAX_WORDS) String termination,
            boolean thirdPartyDisclosure,
            @Schema(maxLength = MAX_RECIPIENTS_IN_WORDS) String thirdPartyName) {}

    public record Extension(
            UUID consentId,
            @Schema(minimum = ContractBounds.FIRST, maximum = ContractBounds.MOST_INT) int consentVersion,
            @Schema(example = "GIVEN") Decision decision,
            @Schema(description = "Where the version left the consent when it was recorded.", example = "GIVEN")
                    ConsentStatus status,
            UUID familyId,
            UUID grantorId,
            @Schema(uniqueItems = true, maxItems = ConsentTerms.MAX_EXCLUDED) List<UUID> excludedPersonIds,
            NotesKeptIn notesKeptIn,
            LocalDate effectiveFrom,
            LocalDate reviewBy,
            @Schema(
                            nullable = true,
                            maxLength = ConsentTerms.MAX_FORM_REFERENCE_LENGTH,
                            description = "The paper or electronic form it was recorded on, if named.")
                    String formReference,
            @Schema(maxLength = Actor.MAX_SUBJECT_LENGTH) String recordedBy) {}

    static ConsentReceiptDocument of(ConsentReceipt receipt) {
        ConsentVersion version = receipt.version();
        ConsentTerms terms = version.terms();
        String recipients = terms.recipients().stream()
                .map(ConsentReceiptDocument::describe)
                .collect(Collectors.joining("; "));
        List<InformationCategory> categories =
                terms.categories().stream().sorted().toList();
        List<InformationCategory> sensitive = terms.categories().stream()
                .filter(InformationCategory::isSensitive)
                .sorted()
                .toList();
        String termination = version.isWithdrawal()
                ? "Withdrawn from " + version.effectiveFrom()
                : "Until withdrawn, which the person may do at any time; to be reviewed by " + terms.reviewBy();
        List<Service> services = terms.purposes().stream()
                .sorted()
                .map(purpose -> new Service(
                        purpose,
                        List.of(new PurposeEntry(
                                describe(purpose),
                                List.of(purpose),
                                terms.method().isExplicit() ? EXPLICIT : IMPLIED,
                                categories,
                                true,
                                termination,
                                true,
                                recipients))))
                .toList();
        return new ConsentReceiptDocument(
                KANTARA_VERSION,
                JURISDICTION,
                version.recordedAt().getEpochSecond(),
                describe(terms.method())
                        + terms.form()
                                .map(form -> " (signed form " + form + ")")
                                .orElse("") + ", recorded by " + version.recordedBy(),
                receipt.consent().id() + "/v" + version.number(),
                LANGUAGE,
                receipt.consent().subject().value(),
                List.of(new Controller(
                        receipt.controller().name(),
                        false,
                        receipt.controller().contactEmail(),
                        receipt.controller().contactEmail(),
                        receipt.controller().id().value())),
                services,
                !sensitive.isEmpty(),
                sensitive,
                new Extension(
                        receipt.consent().id().value(),
                        version.number(),
                        version.decision(),
                        version.isWithdrawal() ? ConsentStatus.WITHDRAWN : version.statusOn(version.effectiveFrom()),
                        receipt.consent().family().value(),
                        receipt.consent().grantor().value(),
                        terms.excludedFamilyMembers().stream()
                                .map(PersonId::value)
                                .sorted()
                                .toList(),
                        terms.notesKeptIn(),
                        version.effectiveFrom(),
                        terms.reviewBy(),
                        terms.formReference(),
                        version.recordedBy()));
    }

    private static String describe(ConsentMethod method) {
        return switch (method) {
            case EXPLICIT_WRITTEN -> "Explicit, written";
            case EXPLICIT_VERBAL -> "Explicit, verbal";
            case IMPLIED -> "Implied";
        };
    }

    private static String describe(Purpose purpose) {
        return switch (purpose) {
            case DIRECT_SUPPORT -> "Support for the family by the practitioners working with it";
            case SAFEGUARDING_REFERRAL -> "Referral of a concern about safety to the services that act on it";
            case TRAINING_AND_SUPERVISION -> "Practitioners' training and supervision";
            case RESEARCH -> "Research and service evaluation";
            case VIDEO_RECORDING -> "Recording sessions on video";
            case VIDEO_SUPERVISION -> "A supervisor viewing session recordings";
            case VIDEO_TRAINING -> "Showing session recordings in practitioners' training";
        };
    }

    private static String describe(Recipient recipient) {
        return switch (recipient.kind()) {
            case ORGANISATION -> "organisation " + recipient.organisation().value();
            case ROLE -> "anyone with the role " + recipient.role().tokenName();
            case TEAM_AROUND_THE_FAMILY -> "the team around the family";
            case PRACTITIONER -> "practitioner " + recipient.practitioner() + " of "
                    + recipient.organisation().value();
            case FAMILY_MEMBER -> "family member " + recipient.familyMember();
        };
    }
}
