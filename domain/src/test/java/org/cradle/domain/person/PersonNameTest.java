package org.cradle.domain.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.cradle.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void keeps_given_and_family_name_trimmed() {
        PersonName name = new PersonName("  Amara ", "\tOkafor ");

        assertThat(name.givenName()).isEqualTo("Amara");
        assertThat(name.familyName()).isEqualTo("Okafor");
    }

    @Test
    void requires_a_given_name() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new PersonName("  ", "Okafor"))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("givenName", "required");
    }

    @Test
    void requires_a_family_name() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new PersonName("Amara", null))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("familyName", "required");
    }

    @Test
    void accepts_names_of_one_hundred_characters() {
        PersonName name = new PersonName("a".repeat(100), "b".repeat(100));

        assertThat(name.givenName()).hasSize(100);
        assertThat(name.familyName()).hasSize(100);
    }

    @Test
    void refuses_a_given_name_longer_than_one_hundred_characters() {
        assertThat(PersonName.MAX_LENGTH).isEqualTo(100);
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new PersonName("a".repeat(101), "Okafor"))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("givenName", "max-length");
    }

    @Test
    void refuses_a_family_name_longer_than_one_hundred_characters() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new PersonName("Amara", "b".repeat(101)))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("familyName", "max-length");
    }

    @Test
    void refuses_a_name_holding_a_line_break() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new PersonName("Amara", "Oka\nfor"))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("familyName", "printable");
    }
}
