package org.cradle.adapters.rest.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cradle.application.consent.ConsentReceipt;
import org.cradle.domain.consent.ConsentMethod;
import org.cradle.domain.consent.ConsentStatus;
import org.cradle.domain.consent.ConsentTerms;
import org.cradle.domain.consent.ConsentVersion;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.consent.Purpose;
import org.cradle.domain.consent.Recipient;
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
        @Schema(example = "KI-CR-v1.1.0") String version,
        @Schema(example = "GB") String jurisdiction,
        @Schema(description = "When this version was recorded, in seconds since the epoch.", example = "1773487331")
                long consentTimestamp,
        @Schema(example = "Explicit, written (signed form form-2026-0142), recorded by j.adeyemi")
                String collectionMethod,
        @Schema(example = "5b0e3f5c-3b71-4a0f-9a4c-7c1f1f0f2a10/v1") String consentReceiptID,
        @Schema(example = "en") String language,
        @Schema(description = "The person whose information it is (their Cradle id).") String piiPrincipalId,
        List<Controller> piiControllers,
        List<Service> services,
        @Schema(description = "Whether sensitive categories are covered.") boolean sensitive,
        List<String> spiCat,
        Extension cradle) {

    public record Controller(
            @Schema(example = "North Council Early Help") String piiController,
            @Schema(example = "false") boolean onBehalf,
            @Schema(nullable = true) String contact,
            @Schema(nullable = true) String email,
            @Schema(example = "north-council") String organisationCode) {}

    public record Service(@Schema(example = "DIRECT_SUPPORT") String service, List<PurposeEntry> purposes) {}

    public record PurposeEntry(
            String purpose,
            List<String> purposeCategory,
            @Schema(example = "EXPLICIT") String consentType,
            List<String> piiCategory,
            boolean primaryPurpose,
            String termination,
            boolean thirdPartyDisclosure,
            String thirdPartyName) {}

    public record Extension(
            UUID consentId,
            int consentVersion,
            @Schema(example = "GIVEN") String decision,
            @Schema(description = "Where the version left the consent when it was recorded.", example = "GIVEN")
                    ConsentStatus status,
            UUID familyId,
            UUID grantorId,
            List<UUID> excludedPersonIds,
            String notesKeptIn,
            LocalDate effectiveFrom,
            LocalDate reviewBy,
            @Schema(nullable = true, description = "The paper or electronic form it was recorded on, if named.")
                    String formReference,
            String recordedBy) {}

    static ConsentReceiptDocument of(ConsentReceipt receipt) {
        ConsentVersion version = receipt.version();
        ConsentTerms terms = version.terms();
        String recipients = terms.recipients().stream()
                .map(ConsentReceiptDocument::describe)
                .collect(Collectors.joining("; "));
        List<String> categories =
                terms.categories().stream().sorted().map(Enum::name).toList();
        List<String> sensitive = terms.categories().stream()
                .filter(InformationCategory::isSensitive)
                .sorted()
                .map(Enum::name)
                .toList();
        String termination = version.isWithdrawal()
                ? "Withdrawn from " + version.effectiveFrom()
                : "Until withdrawn, which the person may do at any time; to be reviewed by " + terms.reviewBy();
        List<Service> services = terms.purposes().stream()
                .sorted()
                .map(purpose -> new Service(
                        purpose.name(),
                        List.of(new PurposeEntry(
                                describe(purpose),
                                List.of(purpose.name()),
                                terms.method().isExplicit() ? "EXPLICIT" : "IMPLIED",
                                categories,
                                true,
                                termination,
                                true,
                                recipients))))
                .toList();
        return new ConsentReceiptDocument(
                "KI-CR-v1.1.0",
                "GB",
                version.recordedAt().getEpochSecond(),
                describe(terms.method())
                        + terms.form()
                                .map(form -> " (signed form " + form + ")")
                                .orElse("") + ", recorded by " + version.recordedBy(),
                receipt.consent().id() + "/v" + version.number(),
                "en",
                receipt.consent().subject().toString(),
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
                        version.decision().name(),
                        version.isWithdrawal() ? ConsentStatus.WITHDRAWN : version.statusOn(version.effectiveFrom()),
                        receipt.consent().family().value(),
                        receipt.consent().grantor().value(),
                        terms.excludedFamilyMembers().stream()
                                .map(PersonId::value)
                                .sorted()
                                .toList(),
                        terms.notesKeptIn().name(),
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
