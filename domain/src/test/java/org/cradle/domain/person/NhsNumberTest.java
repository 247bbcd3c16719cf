package org.cradle.domain.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.cradle.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "9434765870", "4010232137"})
    void accepts_ten_digits_whose_last_digit_is_the_modulus_11_check_digit(String digits) {
        assertThat(new NhsNumber(digits).value()).isEqualTo(digits);
    }

    @Test
    void accepts_a_number_whose_remainder_is_zero_as_having_check_digit_zero() {
        // 9434765870: the weighted sum of the first nine digits is 308, a multiple of 11.
        assertThat(new NhsNumber("9434765870").value()).isEqualTo("9434765870");
    }

    @ParameterizedTest
    @ValueSource(strings = {"943 476 5919", "943-476-5919", " 9434765919 ", "943 476-5919"})
    void drops_the_spaces_and_hyphens_people_write_numbers_with(String written) {
        assertThat(new NhsNumber(written).value()).isEqualTo("9434765919");
    }

    @Test
    void prints_as_its_ten_digits() {
        assertThat(new NhsNumber("943 476 5919")).hasToString("9434765919");
    }

    @Test
    void two_spellings_of_the_same_number_are_the_same_number() {
        assertThat(new NhsNumber("943 476 5919")).isEqualTo(new NhsNumber("9434765919"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "943476591", "94347659190", "123", "943 476 591"})
    void refuses_a_number_that_is_not_ten_digits_long(String wrongLength) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new NhsNumber(wrongLength))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("nhsNumber", "ten-digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9434 765 919", "94 34 76 59 19", "943--476-5919", "943 476 59 19", " 943  476 5919"})
    void refuses_a_number_not_grouped_as_people_write_it(String grouped) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new NhsNumber(grouped))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("nhsNumber", "ten-digits");
    }

    @Test
    void written_as_people_write_it_a_number_is_never_longer_than_its_written_bound() {
        assertThat("943 476 5919").hasSize(NhsNumber.MAX_WRITTEN_LENGTH).matches(NhsNumber.WRITTEN);
        assertThat(new NhsNumber("943-476-5919").value())
                .hasSize(NhsNumber.LENGTH)
                .matches(NhsNumber.DIGITS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"943476591A", "ABCDEFGHIJ", "94347.5919", "９４３４７６５９１９", "943\t476\t5919"})
    void refuses_a_number_with_anything_but_digits_spaces_and_hyphens(String notDigits) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new NhsNumber(notDigits))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("nhsNumber", "ten-digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9434765918", "9434765910", "9434765871", "4010232138", "4934765919"})
    void refuses_an_nhs_number_whose_check_digit_does_not_match(String wrongCheckDigit) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new NhsNumber(wrongCheckDigit))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("nhsNumber", "modulus-11");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "9434765960",
                "9434765961",
                "9434765962",
                "9434765963",
                "9434765964",
                "9434765965",
                "9434765966",
                "9434765967",
                "9434765968",
                "9434765969",
                "4010232170",
                "4010232171"
            })
    void refuses_every_number_whose_check_digit_would_be_ten_because_such_numbers_are_never_issued(String never) {
        // The first nine digits 943476596 (and 401023217) weigh to a sum that leaves remainder 1,
        // so the check digit would be 11 - 1 = 10, which cannot be written as one digit.
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new NhsNumber(never))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("nhsNumber", "modulus-11");
    }

    @Test
    void refuses_a_missing_number_as_required() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new NhsNumber(null))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("nhsNumber", "required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000000000", "1111111111", "2222222222", "5555555555", "0012345679"})
    void refuses_numbers_that_pass_the_check_but_are_never_issued_as_placeholders(String placeholder) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new NhsNumber(placeholder))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("nhsNumber", "not-issued");
    }
}
