package org.cradle.domain.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.UUID;
import org.cradle.domain.RecordNotFoundException;
import org.junit.jupiter.api.Test;

class PersonIdTest {

    @Test
    void reads_its_own_text_form_back() {
        PersonId id = new PersonId(UUID.fromString("6f1c2b7e-2d4a-4c1e-9a53-0b9e8d7c6a51"));

        assertThat(PersonId.parse(id.toString())).isEqualTo(id);
    }

    @Test
    void text_that_cannot_be_a_person_id_names_no_person() {
        assertThatExceptionOfType(RecordNotFoundException.class)
                .isThrownBy(() -> PersonId.parse("not-a-person-id"))
                .satisfies(e -> {
                    assertThat(e.recordType()).isEqualTo("person");
                    assertThat(e.id()).isEqualTo("not-a-person-id");
                });
    }

    @Test
    void requires_a_value() {
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> new PersonId(null));
    }
}
