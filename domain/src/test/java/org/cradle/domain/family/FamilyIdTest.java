package org.cradle.domain.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.UUID;
import org.cradle.domain.RecordNotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FamilyIdTest {

    @Test
    void reads_its_own_text_form_back() {
        FamilyId id = new FamilyId(UUID.fromString("0d9b3c52-8f0e-4a43-b7a1-5e2f6c9d4b10"));

        assertThat(FamilyId.parse("0d9b3c52-8f0e-4a43-b7a1-5e2f6c9d4b10")).isEqualTo(id);
        assertThat(id).hasToString("0d9b3c52-8f0e-4a43-b7a1-5e2f6c9d4b10");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "42", "okafor-household", "1-1-1-1-1", "0d9b3c52-8f0e-4a43-b7a1-5e2f6c9d4b1z"})
    void text_that_cannot_be_a_family_id_names_no_family(String malformed) {
        assertThatExceptionOfType(RecordNotFoundException.class)
                .isThrownBy(() -> FamilyId.parse(malformed))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo("not-found");
                    assertThat(e.recordType()).isEqualTo("family");
                    assertThat(e.id()).isEqualTo(malformed);
                });
    }

    @Test
    void a_missing_family_id_names_no_family() {
        assertThatExceptionOfType(RecordNotFoundException.class).isThrownBy(() -> FamilyId.parse(null));
    }

    @Test
    void new_ids_are_distinct() {
        assertThat(FamilyId.newId()).isNotEqualTo(FamilyId.newId());
    }
}
