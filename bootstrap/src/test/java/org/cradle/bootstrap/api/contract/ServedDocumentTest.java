package org.cradle.bootstrap.api.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps the document Cradle serves at {@code /q/openapi}, as served, in {@code target/openapi/}: what
 * Spectral lints after the tests (see {@code .ci/spectral}).
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ServedDocumentTest {

    @Test
    void the_served_document_is_kept_for_the_linter() throws IOException {
        String served = given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Path kept = Path.of("target", "openapi", "served.json");
        Files.createDirectories(kept.getParent());
        Files.writeString(kept, served, StandardCharsets.UTF_8);
        assertThat(served).contains("\"openapi\"");
    }
}
