package org.cradle.bootstrap.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.LaunchMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresConfigSourceFactoryTest {

    @Test
    void starts_only_for_dev_mode_and_tests_never_for_a_packaged_or_prod_run() {
        assertThat(EmbeddedPostgresConfigSourceFactory.mayStart(LaunchMode.DEVELOPMENT, List.of("dev")))
                .isTrue();
        assertThat(EmbeddedPostgresConfigSourceFactory.mayStart(LaunchMode.TEST, List.of("test")))
                .isTrue();
        assertThat(EmbeddedPostgresConfigSourceFactory.mayStart(LaunchMode.NORMAL, List.of("prod")))
                .isFalse();
        assertThat(EmbeddedPostgresConfigSourceFactory.mayStart(LaunchMode.NORMAL, List.of("dev")))
                .isFalse();
        assertThat(EmbeddedPostgresConfigSourceFactory.mayStart(LaunchMode.DEVELOPMENT, List.of("prod")))
                .isFalse();
    }
}
