package org.cradle.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    @Test
    void returns_the_value_without_surrounding_whitespace() {
        assertThat(Text.required("name", "  Okafor household \t", 50)).isEqualTo("Okafor household");
    }

    @Test
    void refuses_a_missing_value_as_required() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Text.required("name", null, 50))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("name", "required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", "\t", " \n "})
    void refuses_a_blank_value_as_required(String blank) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Text.required("name", blank, 50))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("name", "required");
    }

    @Test
    void accepts_a_value_exactly_as_long_as_the_maximum() {
        assertThat(Text.required("name", "a".repeat(50), 50)).hasSize(50);
    }

    @Test
    void refuses_a_value_longer_than_the_maximum() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Text.required("name", "a".repeat(51), 50))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("name", "max-length");
    }

    @Test
    void measures_the_length_after_trimming() {
        assertThat(Text.required("name", "   " + "a".repeat(50) + "   ", 50)).hasSize(50);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Amy\nBell", "Amy\rBell", "Amy\tBell", "Amy\u0000Bell", "Amy\u007FBell", "Amy\u0085Bell"})
    void refuses_control_characters_such_as_line_breaks_inside_the_value(String withControlCharacter) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Text.required("name", withControlCharacter, 50))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("name", "printable");
    }

    @Test
    void accepts_letters_from_any_alphabet_and_punctuation_used_in_names() {
        assertThat(Text.required("name", "Zoë O'Brien-Nwosu – Łukasz 李", 50)).isEqualTo("Zoë O'Brien-Nwosu – Łukasz 李");
    }

    @Test
    void names_the_field_it_was_given_in_the_refusal() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Text.required("givenName", " ", 50))
                .satisfies(e -> assertThat(e.field()).isEqualTo("givenName"))
                .withMessageContaining("givenName");
    }

    @Test
    void an_optional_value_that_is_missing_comes_back_as_null() {
        assertThat(Text.optional("reason", null, 50)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void an_optional_value_that_is_blank_comes_back_as_null(String blank) {
        assertThat(Text.optional("reason", blank, 50)).isNull();
    }

    @Test
    void an_optional_value_that_is_given_is_trimmed() {
        assertThat(Text.optional("reason", "  moved away ", 50)).isEqualTo("moved away");
    }

    @Test
    void an_optional_value_that_is_given_must_still_respect_the_maximum_length() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Text.optional("reason", "a".repeat(51), 50))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("reason", "max-length");
    }

    @Test
    void an_optional_value_that_is_given_must_still_be_printable() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Text.optional("reason", "moved\naway", 50))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("reason", "printable");
    }

    @Test
    void stores_text_in_nfc_so_that_the_same_name_typed_two_ways_is_the_same() {
        String decomposed = "Zoe\u0301";
        assertThat(Text.required("givenName", decomposed, 50)).isEqualTo("Zo\u00e9");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"Ok\u202eafor", "Ok\u2066afor", "Okafor\u200b", "\ufeffOkafor", "Ok\u00adafor", "Ok\u2028afor"})
    void refuses_invisible_formatting_characters_that_change_how_a_name_reads(String disguised) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Text.required("familyName", disguised, 50))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("familyName", "invisible-character");
    }

    @Test
    void keeps_the_zero_width_joiners_that_some_scripts_spell_with() {
        assertThat(Text.required("givenName", "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", 50))
                .contains("\u200c");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0301\u0301", "\u200d", "\u200c\u200d\u0300"})
    void refuses_a_name_made_only_of_marks_or_joiners_because_it_shows_as_nothing(String nothing) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Text.required("givenName", nothing, 50))
                .extracting(InvalidValueException::rule)
                .isEqualTo("visible");
    }

    @Test
    void refuses_a_lone_surrogate() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Text.normalised("reason", "a\ud800b"))
                .extracting(InvalidValueException::rule)
                .isEqualTo("lone-surrogate");
    }

    @Test
    void accepts_a_character_outside_the_basic_plane_written_as_a_surrogate_pair() {
        assertThat(Text.required("givenName", "Ana \ud83d\ude00", 50)).isEqualTo("Ana \ud83d\ude00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\u0007b", "a\u009bb"})
    void refuses_control_characters_even_in_free_text(String controlled) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Text.normalised("reason", controlled))
                .extracting(InvalidValueException::rule)
                .isEqualTo("printable");
    }

    @Test
    void lets_free_text_span_lines() {
        assertThat(Text.normalised("reason", "first line\r\n\tsecond line")).isEqualTo("first line\r\n\tsecond line");
    }

    @Test
    void refuses_noncharacters() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Text.normalised("reason", "a\uffffb"))
                .extracting(InvalidValueException::rule)
                .isEqualTo("noncharacter");
    }

    @Test
    void paragraphs_may_span_lines_and_hold_tabs() {
        assertThat(Text.requiredParagraphs("text", "  Visit.\r\n\n\tAll well.  \n", 50))
                .isEqualTo("Visit.\r\n\n\tAll well.");
    }

    @Test
    void paragraphs_are_otherwise_held_to_the_rules_of_required_text() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Text.requiredParagraphs("text", "\n.\n-", 50))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("text", "visible");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Text.requiredParagraphs("text", "a\u0000b", 50))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("text", "printable");
    }

    @Test
    void text_cradle_writes_is_cut_to_its_bound_with_an_ellipsis() {
        assertThat(Text.atMost("abcdef", 6)).isEqualTo("abcdef");
        assertThat(Text.atMost("abcdefg", 6)).isEqualTo("abcde…").hasSize(6);
        assertThat(Text.atMost(null, 6)).isNull();
    }

    @Test
    void text_cradle_writes_is_never_cut_between_the_halves_of_a_character() {
        String cut = Text.atMost("abcd\uD83D\uDE00ef", 6);

        assertThat(cut).isEqualTo("abcd…");
        assertThat(cut.chars().noneMatch(c -> Character.isSurrogate((char) c))).isTrue();
    }
}
