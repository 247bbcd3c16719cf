package org.cradle.domain.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.cradle.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class FamilyNameTest {

    @Test
    void keeps_the_name_trimmed() {
        assertThat(new FamilyName("  Okafor–Bell household  ").value()).isEqualTo("Okafor–Bell household");
    }

    @Test
    void prints_as_the_name_itself() {
        assertThat(new FamilyName("Okafor–Bell household")).hasToString("Okafor–Bell household");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void requires_a_name(String missing) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new FamilyName(missing))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("name", "required");
    }

    @Test
    void accepts_a_name_of_two_hundred_characters() {
        assertThat(new FamilyName("a".repeat(200)).value()).hasSize(200);
    }

    @Test
    void refuses_a_name_longer_than_two_hundred_characters() {
        assertThat(FamilyName.MAX_LENGTH).isEqualTo(200);
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new FamilyName("a".repeat(201)))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("name", "max-length");
    }

    @Test
    void refuses_a_name_holding_control_characters() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new FamilyName("Okafor\r\nhousehold"))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("name", "printable");
    }
}
