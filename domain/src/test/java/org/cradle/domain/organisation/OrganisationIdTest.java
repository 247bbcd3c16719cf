package org.cradle.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.cradle.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"RX1", "north-council", "E08000021", "org.example:team_7", "7"})
    void accepts_ods_codes_and_local_authority_codes(String code) {
        assertThat(new OrganisationId(code)).hasToString(code);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 63, 64})
    void accepts_codes_of_one_to_sixty_four_characters(int length) {
        String code = "A".repeat(length);

        assertThat(new OrganisationId(code).value()).isEqualTo(code);
    }

    @Test
    void refuses_a_code_of_sixty_five_characters() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new OrganisationId("A".repeat(65)))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("organisation", "organisation-code");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void refuses_a_missing_or_blank_code(String code) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new OrganisationId(code))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("organisation", "organisation-code");
    }

    @ParameterizedTest
    @ValueSource(strings = {"north council", " RX1", "RX1 ", "RX1\n", "RX1/2", "north&south", "Gwynedd!"})
    void refuses_a_code_holding_spaces_or_other_symbols(String code) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new OrganisationId(code))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("organisation", "organisation-code");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-north", ".RX1", "_RX1", ":RX1"})
    void refuses_a_code_that_does_not_start_with_a_letter_or_digit(String code) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new OrganisationId(code))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("organisation", "organisation-code");
    }
}
