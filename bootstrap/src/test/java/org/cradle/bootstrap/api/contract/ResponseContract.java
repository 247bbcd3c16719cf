package org.cradle.bootstrap.api.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The served OpenAPI document as a client generator reads it, asked of one real answer: is the status
 * one the operation declares, and does the body match the schema declared for that status and media
 * type? Bodies are validated with networknt's JSON Schema validator in the OpenAPI 3.1 dialect (the
 * document's own), formats asserted. The operation is found from the method and the path, as a router
 * would: literal segments before templated ones.
 */
final class ResponseContract {

    private static final String DOCUMENT = "https://cradle.test/q/openapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    ResponseContract(String served) {
        try {
            this.document = JSON.readTree(served);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the served document is not JSON", e);
        }
        this.registry = SchemaRegistry.withDefaultDialect(
                Dialects.getOpenApi31(), builder -> builder.schemas(Map.of(DOCUMENT, served))
                        .schemaRegistryConfig(SchemaRegistryConfig.builder()
                                .formatAssertionsEnabled(true)
                                .build()));
    }

    /** What is wrong with this answer, by the document; empty when it keeps to it or is no operation's. */
    List<String> check(String method, String path, int status, String contentType, String body) {
        Optional<Map.Entry<String, JsonNode>> operation = operation(method.toLowerCase(java.util.Locale.ROOT), path);
        if (operation.isEmpty()) {
            return List.of();
        }
        String where = method + " " + operation.get().getKey() + " → " + status;
        JsonNode responses = operation.get().getValue().path("responses");
        String code = Integer.toString(status);
        JsonNode response = responses.has(code)
                ? responses.get(code)
                : responses.has(code.charAt(0) + "XX")
                        ? responses.get(code.charAt(0) + "XX")
                        : responses.get("default");
        if (response == null) {
            return List.of(where + ": the status is not declared");
        }
        JsonNode content = response.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return body == null || body.isEmpty() || status == 204
                    ? List.of()
                    : List.of(where + ": a body was answered where none is declared");
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim();
        JsonNode declared = content.get(mediaType);
        if (declared == null) {
            return List.of(where + ": answered " + mediaType + ", declared " + names(content));
        }
        if (!mediaType.endsWith("json") || declared.path("schema").isMissingNode()) {
            return List.of();
        }
        String pointer = "/paths/" + escape(operation.get().getKey()) + "/" + method.toLowerCase(java.util.Locale.ROOT)
                + "/responses/"
                + (responses.has(code)
                        ? code
                        : response == responses.get("default") ? "default" : code.charAt(0) + "XX")
                + "/content/" + escape(mediaType) + "/schema";
        Schema schema =
                schemas.computeIfAbsent(pointer, p -> registry.getSchema(SchemaLocation.of(DOCUMENT + "#" + p)));
        List<Error> errors;
        try {
            errors = schema.validate(JSON.readTree(body));
        } catch (java.io.IOException e) {
            return List.of(where + ": the body is not JSON");
        }
        List<String> found = new ArrayList<>();
        errors.forEach(error -> found.add(where + ": " + error));
        return found;
    }

    /** The operation of the document this request is routed to, with its path template. */
    private Optional<Map.Entry<String, JsonNode>> operation(String method, String path) {
        String[] segments = path.split("/", -1);
        Map.Entry<String, JsonNode> best = null;
        int bestLiterals = -1;
        for (Iterator<Map.Entry<String, JsonNode>> templates =
                        document.path("paths").fields();
                templates.hasNext(); ) {
            Map.Entry<String, JsonNode> template = templates.next();
            String[] parts = template.getKey().split("/", -1);
            if (parts.length != segments.length || !template.getValue().has(method)) {
                continue;
            }
            int literals = 0;
            boolean matches = true;
            for (int i = 0; i < parts.length && matches; i++) {
                if (parts[i].startsWith("{") && parts[i].endsWith("}")) {
                    matches = !segments[i].isEmpty();
                } else {
                    matches = parts[i].equals(segments[i]);
                    literals++;
                }
            }
            if (matches && literals > bestLiterals) {
                best = Map.entry(template.getKey(), template.getValue().get(method));
                bestLiterals = literals;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1").replace("{", "%7B").replace("}", "%7D");
    }

    private static String names(JsonNode content) {
        List<String> names = new ArrayList<>();
        content.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }
}
