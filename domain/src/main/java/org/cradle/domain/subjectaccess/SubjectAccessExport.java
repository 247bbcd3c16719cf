package org.cradle.domain.subjectaccess;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cradle.domain.ConflictException;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.RecordNotFoundException;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.Text;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.organisation.OrganisationId;

/**
 * A person's subject-access export: everything one organisation held about them when it was prepared,
 * kept as prepared (the items, stored beside it), with the items that are third-party information
 * marked for redaction. A records officer reviews each redaction (withhold, or disclose after all) and
 * then releases the export; the release says who and when, and nothing changes after it.
 *
 * <p>Only the organisation that prepared it sees it: another organisation answers for what it holds.
 */
public final class SubjectAccessExport {

    /** Who released the export to the person, and when. */
    public record Release(String by, Instant at) {
        public Release {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    private final SubjectAccessExportId id;
    private final SubjectAccessRequest request;
    private final OrganisationId organisation;
    private final String preparedBy;
    private final Instant preparedAt;
    private final List<Redaction> redactions;
    private Release release;

    private SubjectAccessExport(
            SubjectAccessExportId id,
            SubjectAccessRequest request,
            OrganisationId organisation,
            String preparedBy,
            Instant preparedAt,
            List<Redaction> redactions,
            Release release) {
        this.id = Objects.requireNonNull(id, "id");
        this.request = Objects.requireNonNull(request, "request");
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.preparedBy = Objects.requireNonNull(preparedBy, "preparedBy");
        this.preparedAt = Objects.requireNonNull(preparedAt, "preparedAt");
        this.redactions = new ArrayList<>(redactions);
        this.redactions.sort(Comparator.comparingInt(Redaction::item));
        this.release = release;
    }

    /**
     * Prepares the export of {@code items}, everything the preparer's organisation holds about the
     * person, marking each item {@code reasons} gives a reason for ({@link RedactionRules}).
     */
    public static SubjectAccessExport prepare(
            SubjectAccessExportId id,
            SubjectAccessRequest request,
            Actor preparer,
            Instant at,
            LocalDate today,
            List<ExportItem> items,
            Function<ExportItem, Set<RedactionReason>> reasons) {
        if (request.receivedOn().isAfter(today)) {
            throw new InvalidValueException(
                    "receivedOn", "not-in-future", "receivedOn must not be later than today (" + today + ").");
        }
        List<Redaction> marked = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ExportItem item = items.get(i);
            Set<RedactionReason> why = reasons.apply(item);
            if (!why.isEmpty()) {
                marked.add(new Redaction(
                        RedactionId.newId(),
                        i,
                        item.kind(),
                        item.recordId(),
                        item.version(),
                        why,
                        item.thirdParties(request),
                        null));
            }
        }
        return new SubjectAccessExport(id, request, preparer.organisation(), preparer.subject(), at, marked, null);
    }

    /** An export as stored. */
    public static SubjectAccessExport reconstitute(
            SubjectAccessExportId id,
            SubjectAccessRequest request,
            OrganisationId organisation,
            String preparedBy,
            Instant preparedAt,
            List<Redaction> redactions,
            Release release) {
        return new SubjectAccessExport(id, request, organisation, preparedBy, preparedAt, redactions, release);
    }

    /** Confirms a redaction: the item is withheld, for the reason given. */
    public Redaction confirm(RedactionId redaction, String reason, Actor by, Instant at) {
        return review(redaction, Review.Outcome.WITHHELD, reason, by, at);
    }

    /**
     * Discloses a redacted item after all, for the reason given (the third party agreed, or it is
     * reasonable without them). Never an item a consent's exclusion binds.
     */
    public Redaction disclose(RedactionId redaction, String reason, Actor by, Instant at) {
        Redaction marked = find(redaction);
        if (!marked.mayBeDisclosed()) {
            throw new RuleViolationException(
                    "consent-exclusion-binds",
                    "The consent of someone this item concerns excludes the requester from anything about them:"
                            + " it is withheld whatever the reason to disclose; confirm the redaction.");
        }
        return review(redaction, Review.Outcome.DISCLOSED, reason, by, at);
    }

    private Redaction review(RedactionId redaction, Review.Outcome outcome, String reason, Actor by, Instant at) {
        requireUnreleased();
        Redaction marked = find(redaction);
        if (marked.reviewed().isPresent()) {
            throw new ConflictException(
                    "redaction-already-reviewed",
                    "Redaction " + redaction + " was reviewed by "
                            + marked.review().by() + " at " + marked.review().at() + "; a review is final.");
        }
        String why = Text.required("reason", reason, Review.MAX_REASON_LENGTH);
        Redaction reviewed = marked.reviewedAs(new Review(outcome, why, by.subject(), at));
        redactions.set(redactions.indexOf(marked), reviewed);
        return reviewed;
    }

    /** Releases the export to the person: only once every redaction is reviewed. */
    public Release release(Actor by, Instant at) {
        requireUnreleased();
        long unreviewed = unreviewed();
        if (unreviewed > 0) {
            throw new ConflictException(
                    "redactions-unconfirmed",
                    unreviewed + " of the export's " + redactions.size() + " redactions are not reviewed yet: a"
                            + " records officer confirms each (or discloses it after all) before the release.");
        }
        release = new Release(by.subject(), at);
        return release;
    }

    /**
     * The package as released: each item as prepared, or a marker in place of a withheld one. Only
     * once released.
     */
    public List<PackageEntry> releasedPackage(List<ExportItem> items) {
        if (release == null) {
            throw new ConflictException(
                    "export-not-released",
                    "Export " + id + " is not released yet: a records officer reviews its redactions and releases"
                            + " it first.");
        }
        Map<Integer, Redaction> byItem = new HashMap<>();
        redactions.forEach(redaction -> byItem.put(redaction.item(), redaction));
        List<PackageEntry> entries = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ExportItem item = items.get(i);
            Redaction redaction = byItem.get(i);
            entries.add(
                    redaction != null && redaction.withholds()
                            ? new PackageEntry.Withheld(item.kind(), RedactionReason.MARKER)
                            : new PackageEntry.Shown(item));
        }
        return entries;
    }

    public ExportStatus status() {
        if (release != null) {
            return ExportStatus.RELEASED;
        }
        return unreviewed() > 0 ? ExportStatus.AWAITING_REDACTION_REVIEW : ExportStatus.READY;
    }

    /** How many redactions no records officer has reviewed yet. */
    public long unreviewed() {
        return redactions.stream().filter(r -> r.reviewed().isEmpty()).count();
    }

    private Redaction find(RedactionId redaction) {
        return redactions.stream()
                .filter(r -> r.id().equals(redaction))
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("redaction", redaction));
    }

    private void requireUnreleased() {
        if (release != null) {
            throw new ConflictException(
                    "export-released",
                    "Export " + id + " was released by " + release.by() + " at " + release.at()
                            + "; it never changes after that.");
        }
    }

    public SubjectAccessExportId id() {
        return id;
    }

    public SubjectAccessRequest request() {
        return request;
    }

    /** The organisation that prepared it, and alone sees it. */
    public OrganisationId organisation() {
        return organisation;
    }

    public String preparedBy() {
        return preparedBy;
    }

    public Instant preparedAt() {
        return preparedAt;
    }

    public List<Redaction> redactions() {
        return List.copyOf(redactions);
    }

    public Optional<Release> released() {
        return Optional.ofNullable(release);
    }
}
