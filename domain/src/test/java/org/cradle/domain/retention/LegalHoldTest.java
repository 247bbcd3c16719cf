package org.cradle.domain.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cradle.domain.ConflictException;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.episode.ServiceType;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.organisation.Sector;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.retention.RetainedRecord.Subject;
import org.junit.jupiter.api.Test;

/** A legal hold beats every date until it is released or reaches its recorded end. */
class LegalHoldTest {

    private static final OrganisationId COUNCIL = new OrganisationId("north-council");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private final FamilyId family = FamilyId.newId();
    private final Subject child = new Subject(PersonId.newId(), LocalDate.of(1990, 4, 2), null);
    private final RetainedRecord record = new RetainedRecord(
            RecordType.EPISODE,
            UUID.randomUUID(),
            family,
            LocalDate.of(2008, 5, 1),
            COUNCIL,
            Sector.LOCAL_AUTHORITY,
            ServiceType.EARLY_HELP,
            LocalDate.of(2009, 1, 10),
            List.of(child));
    private final RetentionDate due =
            RetentionSchedule.of(Schedules.defaults(), List.of(), TODAY).dateOf(record);

    private static LegalHold hold(HoldScope scope, LocalDate endsOn) {
        return LegalHold.place(
                COUNCIL,
                scope,
                "Records of children in care before 2010.",
                "Inquiry letter of 2026-11-20",
                endsOn,
                "r.officer",
                NOW,
                TODAY);
    }

    @Test
    void a_record_long_due_keeps_no_date_while_a_hold_covers_it_and_says_which() {
        assertThat(due.reviewOn()).contains(LocalDate.of(2012, 1, 10));
        LegalHold hold = hold(new HoldScope.Family(family), null);

        RetentionDate held = due.under(List.of(hold), record, TODAY);

        assertThat(held.status()).isEqualTo(RetentionDate.Status.HELD);
        assertThat(held.reviewOn()).isEmpty();
        assertThat(held.heldBy()).containsExactly(hold.id());
        assertThat(held.explanation()).contains("2012-01-10");
    }

    @Test
    void a_hold_covers_by_family_person_episode_or_creation_date_and_only_its_organisations_records() {
        assertThat(hold(new HoldScope.Person(child.person()), null).holds(record, TODAY))
                .isTrue();
        assertThat(hold(new HoldScope.Person(PersonId.newId()), null).holds(record, TODAY))
                .isFalse();
        assertThat(hold(new HoldScope.Episode(record.id()), null).holds(record, TODAY))
                .isTrue();
        assertThat(hold(new HoldScope.CreatedBefore(LocalDate.of(2010, 1, 1)), null)
                        .holds(record, TODAY))
                .isTrue();
        assertThat(hold(new HoldScope.CreatedBefore(LocalDate.of(2008, 5, 1)), null)
                        .holds(record, TODAY))
                .isFalse();
        LegalHold elsewhere = LegalHold.place(
                new OrganisationId("south-council"), new HoldScope.Family(family), "r", "a", null, "x", NOW, TODAY);
        assertThat(elsewhere.holds(record, TODAY)).isFalse();
    }

    @Test
    void a_hold_ends_only_by_its_recorded_release_or_its_recorded_end() {
        LegalHold ending = hold(new HoldScope.Family(family), LocalDate.of(2027, 1, 20));
        assertThat(ending.holds(record, LocalDate.of(2027, 1, 19))).isTrue();
        assertThat(ending.holds(record, LocalDate.of(2027, 1, 20))).isFalse();

        LegalHold released = hold(new HoldScope.Family(family), null).released("r.officer", NOW, "Inquiry closed.");
        assertThat(released.holds(record, TODAY)).isFalse();
        assertThat(due.under(List.of(released), record, TODAY)).isEqualTo(due);
        assertThatThrownBy(() -> released.released("r.officer", NOW, "again"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("released");
    }

    @Test
    void a_hold_cannot_be_placed_already_ended_or_without_its_reason_and_authority() {
        assertThatThrownBy(() -> hold(new HoldScope.Family(family), TODAY)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(
                        () -> LegalHold.place(COUNCIL, new HoldScope.Family(family), " ", "a", null, "x", NOW, TODAY))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(
                        () -> LegalHold.place(COUNCIL, new HoldScope.Family(family), "r", null, null, "x", NOW, TODAY))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_holds_end_is_corrected_to_a_past_day_on_purpose_and_the_correction_kept_with_the_end_it_replaced() {
        LegalHold hold = hold(new HoldScope.Family(family), null);
        LocalDate ended = LocalDate.of(2026, 9, 1);

        LegalHold corrected = hold.endCorrected(
                ended, "r.officer", NOW, "The care proceedings concluded on 1 September; we learnt of it today.");

        assertThat(corrected.endsOn()).isEqualTo(ended);
        assertThat(corrected.activeOn(TODAY)).isFalse();
        assertThat(corrected.activeOn(ended.minusDays(1))).isTrue();
        assertThat(corrected.holds(record, TODAY)).isFalse();
        assertThat(corrected.corrections()).singleElement().satisfies(correction -> {
            assertThat(correction.endsOnBefore()).isNull();
            assertThat(correction.endsOn()).isEqualTo(ended);
            assertThat(correction.by()).isEqualTo("r.officer");
            assertThat(correction.at()).isEqualTo(NOW);
            assertThat(correction.reason()).startsWith("The care proceedings");
        });
        assertThat(hold.activeOn(TODAY)).as("the hold as it was is unchanged").isTrue();
    }

    @Test
    void placing_a_hold_that_has_already_ended_is_still_refused_only_a_correction_says_so() {
        assertThatThrownBy(() -> hold(new HoldScope.Family(family), TODAY.minusDays(1)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("after today");
    }

    @Test
    void a_correction_of_a_holds_end_needs_the_day_a_reason_and_a_hold_not_released() {
        LegalHold hold = hold(new HoldScope.Family(family), LocalDate.of(2027, 1, 1));

        assertThatThrownBy(() -> hold.endCorrected(null, "r.officer", NOW, "Why."))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("endsOn");
        assertThatThrownBy(() -> hold.endCorrected(LocalDate.of(2026, 9, 1), "r.officer", NOW, ""))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> hold.endCorrected(LocalDate.of(2027, 1, 1), "r.officer", NOW, "Same."))
                .isInstanceOf(org.cradle.domain.RuleViolationException.class)
                .extracting(e -> ((org.cradle.domain.RuleViolationException) e).code())
                .isEqualTo("nothing-corrected");
        LegalHold released = hold.released("r.officer", NOW, "Done.");
        assertThatThrownBy(() -> released.endCorrected(LocalDate.of(2026, 9, 1), "r.officer", NOW, "Why."))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).code())
                .isEqualTo("already-released");
    }
}
