package org.cradle.domain.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cradle.domain.ConflictException;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.RecordNotFoundException;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Practitioner;
import org.cradle.domain.actor.Role;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.junit.jupiter.api.Test;

/** A subject-access export from preparation to release: the records officer's part. */
class SubjectAccessExportTest {

    private static final OrganisationId NORTH = new OrganisationId("north-council");
    private static final Instant PREPARED = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant LATER = PREPARED.plusSeconds(3600);
    private static final LocalDate TODAY = LocalDate.parse("2026-11-20");
    private static final PersonId MOTHER = PersonId.newId();
    private static final PersonId FATHER = PersonId.newId();

    private static final Actor PREPARER = new Practitioner("s.lead", NORTH, Set.of(Role.SAFEGUARDING_LEAD));
    private static final Actor OFFICER = new Practitioner("r.officer", NORTH, Set.of(Role.RECORDS_OFFICER));
    private static final SubjectAccessRequest REQUEST =
            new SubjectAccessRequest(MOTHER, null, LocalDate.parse("2026-11-18"));

    private static final ExportItem OWN_NOTE = item("Her own note.", Set.of(MOTHER));
    private static final ExportItem NOTE_NAMING_FATHER = item("A note naming the father.", Set.of(MOTHER, FATHER));
    private static final ExportItem EXCLUDED_NOTE = item("A note her consent excludes.", Set.of(MOTHER, FATHER));
    private static final List<ExportItem> ITEMS = List.of(OWN_NOTE, NOTE_NAMING_FATHER, EXCLUDED_NOTE);

    private static ExportItem item(String text, Set<PersonId> concerns) {
        return new ExportItem(
                ItemKind.CASE_NOTE, UUID.randomUUID(), 1, null, concerns, List.of(new ExportItem.Field("text", text)));
    }

    private static SubjectAccessExport prepared() {
        return SubjectAccessExport.prepare(
                SubjectAccessExportId.newId(), REQUEST, PREPARER, PREPARED, TODAY, ITEMS, item -> {
                    if (item == EXCLUDED_NOTE) {
                        return Set.of(RedactionReason.THIRD_PARTY, RedactionReason.EXCLUDED_BY_CONSENT);
                    }
                    return item == NOTE_NAMING_FATHER ? Set.of(RedactionReason.THIRD_PARTY) : Set.of();
                });
    }

    private static RedactionId redactionOf(SubjectAccessExport export, ExportItem item) {
        return export.redactions().stream()
                .filter(r -> r.recordId().equals(item.recordId()))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void preparing_marks_each_item_a_rule_gives_a_reason_for_and_awaits_their_review() {
        SubjectAccessExport export = prepared();

        assertThat(export.redactions())
                .extracting(Redaction::recordId)
                .containsExactly(NOTE_NAMING_FATHER.recordId(), EXCLUDED_NOTE.recordId());
        assertThat(export.redactions().get(0).thirdParties()).containsExactly(FATHER);
        assertThat(export.status()).isEqualTo(ExportStatus.AWAITING_REDACTION_REVIEW);
        assertThat(export.organisation()).isEqualTo(NORTH);
        assertThat(export.preparedBy()).isEqualTo("s.lead");
    }

    @Test
    void an_export_with_nothing_to_redact_is_ready_at_once() {
        SubjectAccessExport export = SubjectAccessExport.prepare(
                SubjectAccessExportId.newId(), REQUEST, PREPARER, PREPARED, TODAY, List.of(OWN_NOTE), i -> Set.of());

        assertThat(export.status()).isEqualTo(ExportStatus.READY);
    }

    @Test
    void it_is_not_released_while_any_redaction_is_unreviewed() {
        SubjectAccessExport export = prepared();
        export.confirm(redactionOf(export, NOTE_NAMING_FATHER), "The father has not agreed.", OFFICER, LATER);

        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> export.release(OFFICER, LATER))
                .satisfies(e -> assertThat(e.code()).isEqualTo("redactions-unconfirmed"))
                .withMessageStartingWith("1 of the export's 2 redactions are not reviewed yet");
        assertThat(export.released()).isEmpty();
    }

    @Test
    void once_every_redaction_is_reviewed_it_is_released_saying_who_and_when_and_withheld_items_are_markers() {
        SubjectAccessExport export = prepared();
        export.confirm(redactionOf(export, NOTE_NAMING_FATHER), "The father has not agreed.", OFFICER, LATER);
        export.confirm(redactionOf(export, EXCLUDED_NOTE), "Her consent excludes him.", OFFICER, LATER);

        SubjectAccessExport.Release release = export.release(OFFICER, LATER);

        assertThat(release).isEqualTo(new SubjectAccessExport.Release("r.officer", LATER));
        assertThat(export.status()).isEqualTo(ExportStatus.RELEASED);
        assertThat(export.releasedPackage(ITEMS))
                .containsExactly(
                        new PackageEntry.Shown(OWN_NOTE),
                        new PackageEntry.Withheld(ItemKind.CASE_NOTE, RedactionReason.MARKER),
                        new PackageEntry.Withheld(ItemKind.CASE_NOTE, RedactionReason.MARKER));
    }

    @Test
    void the_marker_never_says_that_a_consent_excludes_the_requester() {
        assertThat(RedactionReason.MARKER).doesNotContainIgnoringCase("consent").doesNotContainIgnoringCase("exclu");
    }

    @Test
    void third_party_information_disclosed_after_all_is_in_the_released_package() {
        SubjectAccessExport export = prepared();
        Redaction disclosed = export.disclose(
                redactionOf(export, NOTE_NAMING_FATHER), "The father agreed in writing.", OFFICER, LATER);
        export.confirm(redactionOf(export, EXCLUDED_NOTE), "Her consent excludes him.", OFFICER, LATER);
        export.release(OFFICER, LATER);

        assertThat(disclosed.review().outcome()).isEqualTo(Review.Outcome.DISCLOSED);
        assertThat(export.releasedPackage(ITEMS)).contains(new PackageEntry.Shown(NOTE_NAMING_FATHER));
    }

    @Test
    void what_a_consent_excludes_is_never_disclosed_after_all() {
        SubjectAccessExport export = prepared();

        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> export.disclose(redactionOf(export, EXCLUDED_NOTE), "Seems fine.", OFFICER, LATER))
                .satisfies(e -> assertThat(e.code()).isEqualTo("consent-exclusion-binds"));
        assertThat(export.unreviewed()).isEqualTo(2);
    }

    @Test
    void a_review_is_final_and_needs_a_reason() {
        SubjectAccessExport export = prepared();
        RedactionId redaction = redactionOf(export, NOTE_NAMING_FATHER);

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> export.confirm(redaction, "  ", OFFICER, LATER))
                .satisfies(e -> assertThat(e.field()).isEqualTo("reason"));
        export.confirm(redaction, "The father has not agreed.", OFFICER, LATER);
        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> export.disclose(redaction, "Changed my mind.", OFFICER, LATER))
                .satisfies(e -> assertThat(e.code()).isEqualTo("redaction-already-reviewed"));
        assertThatExceptionOfType(RecordNotFoundException.class)
                .isThrownBy(() -> export.confirm(RedactionId.newId(), "Unknown.", OFFICER, LATER));
    }

    @Test
    void nothing_changes_after_the_release() {
        SubjectAccessExport export = SubjectAccessExport.prepare(
                SubjectAccessExportId.newId(), REQUEST, PREPARER, PREPARED, TODAY, List.of(OWN_NOTE), i -> Set.of());
        export.release(OFFICER, LATER);

        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> export.release(OFFICER, LATER.plusSeconds(60)))
                .satisfies(e -> assertThat(e.code()).isEqualTo("export-released"));
        assertThat(export.released()).contains(new SubjectAccessExport.Release("r.officer", LATER));
    }

    @Test
    void the_package_is_not_given_out_before_the_release() {
        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> prepared().releasedPackage(ITEMS))
                .satisfies(e -> assertThat(e.code()).isEqualTo("export-not-released"));
    }

    @Test
    void a_request_is_received_no_later_than_today_and_answered_within_a_month() {
        SubjectAccessRequest tomorrow = new SubjectAccessRequest(MOTHER, null, TODAY.plusDays(1));

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> SubjectAccessExport.prepare(
                        SubjectAccessExportId.newId(), tomorrow, PREPARER, PREPARED, TODAY, ITEMS, i -> Set.of()))
                .satisfies(e -> assertThat(e.rule()).isEqualTo("not-in-future"));
        assertThat(new SubjectAccessRequest(MOTHER, null, LocalDate.parse("2027-01-31")).respondBy())
                .isEqualTo(LocalDate.parse("2027-02-28"));
        assertThat(REQUEST.requester())
                .as("a person asks for themselves unless someone asks for them")
                .isEqualTo(MOTHER);
    }
}
