package org.cradle.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestLogTest {

    @Test
    void a_path_of_ordinary_length_is_logged_whole() {
        String path = "/api/v1/families/3f0c2b7e-2d4a-4c1e-9a53-0b9e8d7c6a51/members";

        assertThat(RequestLog.shortened(path)).isEqualTo(path);
    }

    @Test
    void a_long_path_is_cut_so_that_a_caller_cannot_flood_the_log_and_says_how_long_it_was() {
        String path = "/api/v1/families/" + "a".repeat(10_000);

        String logged = RequestLog.shortened(path);

        assertThat(logged).hasSizeLessThan(RequestLog.MAX_LOGGED_PATH + 30).endsWith("(10017 characters)");
        assertThat(logged).startsWith("/api/v1/families/aaa");
    }
}
