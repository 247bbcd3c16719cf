package org.cradle.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    private static final String CANONICAL = "123e4567-e89b-42d3-a456-426614174000";

    @Test
    void reads_the_canonical_text_of_a_uuid() {
        assertThat(Identifiers.parse("family", CANONICAL)).isEqualTo(UUID.fromString(CANONICAL));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "not-a-uuid",
                "1-1-1-1-1",
                "123e4567e89b42d3a456426614174000",
                "123e4567-e89b-42d3-a456-42661417400g",
                "123e4567-e89b-42d3-a456-4266141740000",
                " 123e4567-e89b-42d3-a456-426614174000",
                "{123e4567-e89b-42d3-a456-42661417400}"
            })
    void text_that_is_not_a_canonical_uuid_names_no_record(String text) {
        assertThatExceptionOfType(RecordNotFoundException.class).isThrownBy(() -> Identifiers.parse("family", text));
    }

    @Test
    void a_missing_identifier_names_no_record() {
        assertThatExceptionOfType(RecordNotFoundException.class).isThrownBy(() -> Identifiers.parse("family", null));
    }

    @Test
    void the_refusal_says_which_kind_of_record_and_which_text_were_asked_for() {
        assertThatExceptionOfType(RecordNotFoundException.class)
                .isThrownBy(() -> Identifiers.parse("episode", "not-a-uuid"))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo("not-found");
                    assertThat(e.recordType()).isEqualTo("episode");
                    assertThat(e.id()).isEqualTo("not-a-uuid");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"+0000001-0000-0000-0000-000000000000", "0000000a-+000-0000-0000-000000000000"})
    void a_sign_inside_a_uuid_of_the_right_length_names_no_record(String text) {
        assertThatExceptionOfType(RecordNotFoundException.class).isThrownBy(() -> Identifiers.parse("family", text));
    }

    @Test
    void ids_of_appended_records_are_version_7_and_sort_in_the_order_of_their_instants() {
        java.time.Instant first = java.time.Instant.parse("2026-12-02T09:00:00.000Z");
        UUID earlier = Identifiers.timeOrdered(first);
        UUID later = Identifiers.timeOrdered(first.plusMillis(1));

        assertThat(earlier.version()).isEqualTo(7);
        assertThat(earlier.variant()).isEqualTo(2);
        assertThat(earlier.toString()).startsWith("01a235fb-6e80").isLessThan(later.toString());
        assertThat(Identifiers.timeOrdered(first)).isNotEqualTo(earlier);
    }
}
