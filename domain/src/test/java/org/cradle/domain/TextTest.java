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
}
