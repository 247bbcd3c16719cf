package org.cradle.domain.casenote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.Set;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.person.PersonId;
import org.junit.jupiter.api.Test;

class NoteContentTest {

    private static final PersonId MOTHER = PersonId.newId();
    private static final PersonId INFANT = PersonId.newId();
    private static final PersonId FATHER = PersonId.newId();

    @Test
    void a_note_may_span_paragraphs() {
        NoteContent content = note("Home visit.\n\nMother and baby well.\tNext visit in a week.");

        assertThat(content.text()).isEqualTo("Home visit.\n\nMother and baby well.\tNext visit in a week.");
    }

    @Test
    void a_note_without_text_is_refused() {
        assertRefused(() -> note(" \n "), "text", "required");
    }

    @Test
    void a_note_longer_than_twenty_thousand_characters_is_refused() {
        assertThat(note("a".repeat(20_000)).text()).hasSize(20_000);
        assertRefused(() -> note("a".repeat(20_001)), "text", "max-length");
    }

    @Test
    void a_note_with_hidden_characters_is_refused() {
        assertRefused(() -> note("Visit\u202E."), "text", "invisible-character");
    }

    @Test
    void a_note_must_say_whose_record_it_belongs_to() {
        assertRefused(
                () -> new NoteContent("Visit.", InformationCategory.BASIC_DETAILS, NoteKind.FACT, Set.of(), Set.of()),
                "about",
                "required");
    }

    @Test
    void a_note_must_say_its_category_and_whether_it_is_fact_or_opinion() {
        assertRefused(
                () -> new NoteContent("Visit.", null, NoteKind.FACT, Set.of(MOTHER), Set.of()), "category", "required");
        assertRefused(
                () -> new NoteContent("Visit.", InformationCategory.BASIC_DETAILS, null, Set.of(MOTHER), Set.of()),
                "kind",
                "required");
    }

    @Test
    void a_person_the_note_is_about_is_not_also_a_third_party_it_mentions() {
        assertRefused(
                () -> NoteContent.of(
                        "Visit.",
                        InformationCategory.BASIC_DETAILS,
                        NoteKind.OPINION,
                        List.of(MOTHER),
                        List.of(FATHER, MOTHER)),
                "mentions[1]",
                "not-also-about");
    }

    @Test
    void a_person_named_twice_in_a_list_is_refused() {
        assertRefused(
                () -> NoteContent.of(
                        "Visit.",
                        InformationCategory.BASIC_DETAILS,
                        NoteKind.FACT,
                        List.of(INFANT, MOTHER, INFANT),
                        List.of()),
                "about[2]",
                "duplicate");
    }

    @Test
    void the_people_keep_the_order_they_were_given_in() {
        NoteContent content = NoteContent.of(
                "Visit.", InformationCategory.BASIC_DETAILS, NoteKind.FACT, List.of(INFANT, MOTHER), List.of(FATHER));

        assertThat(content.about()).containsExactly(INFANT, MOTHER);
        assertThat(content.mentions()).containsExactly(FATHER);
    }

    private static NoteContent note(String text) {
        return new NoteContent(text, InformationCategory.BASIC_DETAILS, NoteKind.FACT, Set.of(MOTHER), Set.of());
    }

    private static void assertRefused(Runnable attempt, String field, String rule) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(attempt::run)
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly(field, rule);
    }
}
