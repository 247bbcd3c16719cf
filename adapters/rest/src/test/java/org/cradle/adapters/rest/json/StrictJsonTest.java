package org.cradle.adapters.rest.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON contract on a bare ObjectMapper, as Quarkus configures it (java.time registered first). */
class StrictJsonTest {

    record Body(String name, Long version, Boolean flag, LocalDate on, List<String> items) {}

    private final ObjectMapper json = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(mapper);
        return mapper;
    }

    @Test
    void reads_values_of_the_documented_json_types() throws Exception {
        Body body = json.readValue(
                "{\"name\":\"Zoe\\u0301\",\"version\":3,\"flag\":true,\"on\":\"2026-03-14\",\"items\":[\"a\"]}",
                Body.class);

        assertThat(body).isEqualTo(new Body("Zo\u00e9", 3L, true, LocalDate.of(2026, 3, 14), List.of("a")));
    }

    @Test
    void refuses_every_coercion_the_defaults_allow() {
        for (String coerced : List.of(
                "{\"name\":12345}",
                "{\"version\":\"3\"}",
                "{\"version\":3.5}",
                "{\"flag\":1}",
                "{\"flag\":\"true\"}",
                "{\"on\":20240101}",
                "{\"items\":\"a\"}",
                "{\"items\":[null]}")) {
            assertThatExceptionOfType(MismatchedInputException.class)
                    .as(coerced)
                    .isThrownBy(() -> json.readValue(coerced, Body.class));
        }
    }

    @Test
    void refuses_dates_outside_the_window_or_the_format_with_the_rule_broken() {
        assertThatExceptionOfType(RefusedJsonValue.class)
                .isThrownBy(() -> json.readValue("{\"on\":\"+5874898-01-01\"}", Body.class))
                .extracting(RefusedJsonValue::rule)
                .isEqualTo("date");
        assertThatExceptionOfType(RefusedJsonValue.class)
                .isThrownBy(() -> json.readValue("{\"on\":\"2200-01-01\"}", Body.class))
                .extracting(RefusedJsonValue::rule)
                .isEqualTo("date-window");
    }

    @Test
    void refuses_a_duplicate_key_and_text_with_hidden_characters() {
        assertThatExceptionOfType(Exception.class)
                .isThrownBy(() -> json.readValue("{\"name\":\"A\",\"version\":1,\"name\":\"B\"}", Body.class))
                .withMessageContaining("Duplicate field 'name'");
        assertThatExceptionOfType(RefusedJsonValue.class)
                .isThrownBy(() -> json.readValue("{\"name\":\"Ok\\u202eafor\"}", Body.class))
                .extracting(RefusedJsonValue::rule)
                .isEqualTo("invisible-character");
    }
}
