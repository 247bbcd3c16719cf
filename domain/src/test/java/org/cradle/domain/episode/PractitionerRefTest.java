package org.cradle.domain.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.cradle.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

class PractitionerRefTest {

    @Test
    void keeps_the_practitioner_reference_trimmed() {
        assertThat(new PractitionerRef(" j.adeyemi ")).hasToString("j.adeyemi");
    }

    @Test
    void requires_a_lead_practitioner() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new PractitionerRef(" "))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("leadPractitioner", "required");
    }

    @Test
    void refuses_a_reference_longer_than_two_hundred_and_fifty_five_characters() {
        assertThat(new PractitionerRef("p".repeat(255)).value()).hasSize(255);
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new PractitionerRef("p".repeat(256)))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("leadPractitioner", "max-length");
    }
}
