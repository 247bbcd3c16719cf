package org.cradle.adapters.rest.subjectaccess;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cradle.adapters.rest.ContractBounds;
import org.cradle.adapters.rest.PageResponse;
import org.cradle.application.subjectaccess.ExportDetails;
import org.cradle.application.subjectaccess.ReleasedPackage;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.subjectaccess.ExportItem;
import org.cradle.domain.subjectaccess.ExportStatus;
import org.cradle.domain.subjectaccess.ItemKind;
import org.cradle.domain.subjectaccess.PackageEntry;
import org.cradle.domain.subjectaccess.Redaction;
import org.cradle.domain.subjectaccess.RedactionReason;
import org.cradle.domain.subjectaccess.Review;
import org.cradle.domain.subjectaccess.SubjectAccessExport;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request and response bodies of the subject-access endpoints. */
public final class SubjectAccessMessages {

    private SubjectAccessMessages() {}

    @Schema(name = "PrepareSubjectAccessExportRequest", description = "A subject-access request, as received.")
    public record PrepareRequest(
            @Schema(
                            required = true,
                            description = "When the request reached your organisation; not in the future. The"
                                    + " answer is due a month later (respondBy).",
                            example = "2026-11-18")
                    LocalDate receivedOn,
            @Schema(
                            nullable = true,
                            description = "Who asked, when not the person themselves: a member of the family with"
                                    + " parental responsibility for them as a child. Left out, the person asked.",
                            example = "6f1c2b7e-2d4a-4c1e-9a53-0b9e8d7c6a51")
                    UUID requestedBy) {}

    @Schema(name = "RedactionReviewRequest", description = "A records officer's review of one redaction, and why.")
    public record ReviewRequest(
            @Schema(
                            required = true,
                            maxLength = Review.MAX_REASON_LENGTH,
                            description = "Why: kept in the export's record of the review.",
                            example = "The father has not agreed to his information being disclosed.")
                    String reason) {}

    @Schema(
            name = "Redaction",
            description = "One item of the package marked to be withheld, and its review: which item and why,"
                    + " never what it says.")
    public record RedactionView(
            @Schema(example = "2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091") UUID id,
            @Schema(description = "The kind of item.", example = "CASE_NOTE") ItemKind itemKind,
            @Schema(description = "The record it was taken from.", example = "7c9e6679-7425-40de-944b-e07fc1f90ae7")
                    UUID itemId,
            @Schema(
                            nullable = true,
                            description = "The record's version, for case notes and consents.",
                            example = "1",
                            minimum = ContractBounds.FIRST,
                            maximum = ContractBounds.MOST_INT)
                    Integer itemVersion,
            @Schema(
                            description = "THIRD_PARTY (about or naming someone else: may be disclosed after all),"
                                    + " EXCLUDED_BY_CONSENT (someone's consent excludes the requester: only ever"
                                    + " withheld).",
                            example = "[\"THIRD_PARTY\"]",
                            uniqueItems = true)
                    List<RedactionReason> reasons,
            @Schema(
                            description = "PENDING until reviewed, then WITHHELD or DISCLOSED.",
                            enumeration = {"PENDING", "WITHHELD", "DISCLOSED"},
                            example = "WITHHELD")
                    String review,
            @Schema(
                            nullable = true,
                            example = "The father has not agreed to his information being disclosed.",
                            maxLength = Review.MAX_REASON_LENGTH)
                    String reviewReason,
            @Schema(
                            nullable = true,
                            description = "The records officer (token subject).",
                            example = "r.okafor",
                            maxLength = Actor.MAX_SUBJECT_LENGTH)
                    String reviewedBy,
            @Schema(nullable = true, example = "2026-11-21T10:15:30Z") Instant reviewedAt) {

        static RedactionView of(Redaction redaction) {
            Review review = redaction.review();
            return new RedactionView(
                    redaction.id().value(),
                    redaction.kind(),
                    redaction.recordId(),
                    redaction.version(),
                    redaction.reasons().stream().sorted().toList(),
                    review == null ? "PENDING" : review.outcome().name(),
                    review == null ? null : review.reason(),
                    review == null ? null : review.by(),
                    review == null ? null : review.at());
        }
    }

    @Schema(
            name = "SubjectAccessExport",
            description = "A subject-access export's state and its redactions; never what the package holds.")
    public record ExportView(
            @Schema(example = "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a") UUID id,
            @Schema(description = "Whose information it is.", example = "a3e5f7b9-1c2d-4e6f-8a0b-c1d2e3f4a5b6")
                    UUID personId,
            @Schema(
                            description = "Who asked: the person, or a parent for their child.",
                            example = "a3e5f7b9-1c2d-4e6f-8a0b-c1d2e3f4a5b6")
                    UUID requestedBy,
            @Schema(example = "2026-11-18") LocalDate receivedOn,
            @Schema(description = "When the answer is due: a month after receivedOn.", example = "2026-12-18")
                    LocalDate respondBy,
            @Schema(
                            description = "The organisation that prepared it, and alone sees it.",
                            example = "north-council",
                            maxLength = OrganisationId.MAX_LENGTH,
                            pattern = OrganisationId.FORM)
                    String organisation,
            @Schema(
                            description = "Who prepared it (token subject).",
                            example = "j.mensah",
                            maxLength = Actor.MAX_SUBJECT_LENGTH)
                    String preparedBy,
            @Schema(example = "2026-11-20T09:30:00Z") Instant preparedAt,
            @Schema(example = "AWAITING_REDACTION_REVIEW") ExportStatus status,
            @Schema(
                            description = "Redactions not reviewed yet.",
                            example = "1",
                            minimum = ContractBounds.NONE,
                            maximum = ContractBounds.MOST_LONG)
                    long unreviewed,
            @Schema(
                            nullable = true,
                            description = "The records officer who released it.",
                            example = "r.okafor",
                            maxLength = Actor.MAX_SUBJECT_LENGTH)
                    String releasedBy,
            @Schema(nullable = true, example = "2026-11-21T11:00:00Z") Instant releasedAt,
            @Schema(
                            nullable = true,
                            description = "A page of its redactions, in the package's order (absent in lists).")
                    @JsonInclude(JsonInclude.Include.NON_NULL)
                    PageResponse<RedactionView> redactions) {

        static ExportView of(ExportDetails details) {
            return of(details.export(), PageResponse.of(details.redactions(), RedactionView::of));
        }

        static ExportView of(SubjectAccessExport export) {
            return of(export, null);
        }

        private static ExportView of(SubjectAccessExport export, PageResponse<RedactionView> redactions) {
            var release = export.released();
            return new ExportView(
                    export.id().value(),
                    export.request().person().value(),
                    export.request().requester().value(),
                    export.request().receivedOn(),
                    export.request().respondBy(),
                    export.organisation().value(),
                    export.preparedBy(),
                    export.preparedAt(),
                    export.status(),
                    export.unreviewed(),
                    release.map(SubjectAccessExport.Release::by).orElse(null),
                    release.map(SubjectAccessExport.Release::at).orElse(null),
                    redactions);
        }
    }

    @Schema(
            name = "SubjectAccessPackageEntry",
            description = "One item as it read when the export was prepared, or a marker where it was withheld.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EntryView(
            @Schema(example = "CASE_NOTE") ItemKind kind,
            @Schema(description = "True for a marker: the item was withheld.", example = "false") boolean withheld,
            @Schema(
                            nullable = true,
                            description = "Why a marker stands in the item's place; absent for an item shown.",
                            example = RedactionReason.MARKER,
                            constValue = RedactionReason.MARKER)
                    String reason,
            @Schema(nullable = true, example = "7c9e6679-7425-40de-944b-e07fc1f90ae7") UUID recordId,
            @Schema(nullable = true, example = "1", minimum = ContractBounds.FIRST, maximum = ContractBounds.MOST_INT)
                    Integer version,
            @Schema(nullable = true, example = "0b6f7a7e-6d1c-4c1e-9a53-2f8e6f1f2c11") UUID familyId,
            @Schema(
                            nullable = true,
                            description = "What it says, field by field, as text.",
                            example = "{\"category\": \"DEVELOPMENT_AND_HEALTH\", \"text\": \"Home visit.\"}",
                            additionalProperties = FieldText.class)
                    Map<String, String> fields) {

        static EntryView of(PackageEntry entry) {
            if (entry instanceof PackageEntry.Withheld withheld) {
                return new EntryView(withheld.kind(), true, withheld.reason(), null, null, null, null);
            }
            var item = ((PackageEntry.Shown) entry).item();
            Map<String, String> fields = new LinkedHashMap<>();
            item.fields().forEach(field -> fields.put(field.name(), field.value()));
            return new EntryView(
                    item.kind(),
                    false,
                    null,
                    item.recordId(),
                    item.version(),
                    item.familyId().map(FamilyId::value).orElse(null),
                    fields);
        }
    }

    @Schema(name = "SubjectAccessPackageSection", description = "The package's items of one kind.")
    public record SectionView(
            @Schema(example = "CASE_NOTE") ItemKind kind,
            @Schema(example = "Case notes", maxLength = ItemKind.MAX_TITLE_LENGTH) String title,
            List<EntryView> entries) {}

    /** One field of an item, as text. */
    @Schema(name = "PackageFieldText", type = SchemaType.STRING, maxLength = ExportItem.Field.MAX_VALUE_LENGTH)
    static final class FieldText {

        private FieldText() {}
    }

    @Schema(
            name = "SubjectAccessPackage",
            description = "Everything the organisation held about the person when the export was prepared, as"
                    + " released: withheld items are markers.")
    public record PackageView(
            @Schema(example = "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a") UUID exportId,
            @Schema(example = "a3e5f7b9-1c2d-4e6f-8a0b-c1d2e3f4a5b6") UUID personId,
            @Schema(example = "a3e5f7b9-1c2d-4e6f-8a0b-c1d2e3f4a5b6") UUID requestedBy,
            @Schema(example = "2026-11-18") LocalDate receivedOn,
            @Schema(example = "north-council", maxLength = OrganisationId.MAX_LENGTH, pattern = OrganisationId.FORM)
                    String organisation,
            @Schema(example = "j.mensah", maxLength = Actor.MAX_SUBJECT_LENGTH) String preparedBy,
            @Schema(example = "2026-11-20T09:30:00Z") Instant preparedAt,
            @Schema(
                            description = "The records officer who released it.",
                            example = "r.okafor",
                            maxLength = Actor.MAX_SUBJECT_LENGTH)
                    String releasedBy,
            @Schema(example = "2026-11-21T11:00:00Z") Instant releasedAt,
            List<SectionView> sections) {

        static PackageView of(ReleasedPackage released) {
            SubjectAccessExport export = released.export();
            SubjectAccessExport.Release release = export.released().orElseThrow();
            List<SectionView> sections = Arrays.stream(ItemKind.values())
                    .map(kind -> new SectionView(
                            kind,
                            kind.title(),
                            released.entries().stream()
                                    .filter(entry -> entry.kind() == kind)
                                    .map(EntryView::of)
                                    .toList()))
                    .toList();
            return new PackageView(
                    export.id().value(),
                    export.request().person().value(),
                    export.request().requester().value(),
                    export.request().receivedOn(),
                    export.organisation().value(),
                    export.preparedBy(),
                    export.preparedAt(),
                    release.by(),
                    release.at(),
                    sections);
        }
    }
}
