package org.cradle.bootstrap.api.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cradle.bootstrap.api.Api;
import org.cradle.bootstrap.api.Tokens;
import org.cradle.bootstrap.api.contract.OpenApiOperations.Operation;
import org.cradle.bootstrap.api.contract.OpenApiOperations.Parameter;
import org.junit.jupiter.api.Test;

/**
 * Keeps the bounds the OpenAPI document states and the bounds the API enforces together, as a client
 * generator reads them: every string says how long it may be (or is an enum, a constant, or a uuid,
 * date or date-time), every array how many items it may hold, every integer its least and greatest
 * value; and every length and count a request body states is the one the API enforces — one more is
 * refused with a 400 naming the field, exactly that many is not refused for its size.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ContractBoundsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The formats that bound a string by themselves. */
    private static final Set<String> BOUNDING_FORMATS = Set.of("uuid", "date", "date-time");

    /** The JSON media types whose schemas describe JSON values; an HTML page is one document, not a value. */
    private static final Set<String> JSON_MEDIA = Set.of("application/json", "application/problem+json");

    /**
     * What the document may leave unbounded, and why: lists embedded whole in one answer that grow with
     * the records they show, which Cradle sets no limit on. Keep it short: each is a list a client cannot
     * size, and a candidate for paging.
     */
    private static final Map<String, String> UNBOUNDED = Map.ofEntries(
            Map.entry("array Consent.versions", "every version a consent has had: versions are added, never removed"),
            Map.entry("array Episode.periods", "every opening and closing of the work, kept whole"),
            Map.entry("array Episode.corrections", "every correction of a close, kept whole with what it replaced"),
            Map.entry("array LegalHold.corrections", "every correction of a hold's end, kept whole"),
            Map.entry("array RetentionDate.earlyReviews", "one per rule applied for each person, as applications"),
            Map.entry("array RetentionRuleHistory.versions", "every version of a schedule rule as shipped"),
            Map.entry("array RetentionRuleHistory.settings", "every version of the organisation's setting of a rule"),
            Map.entry("array Person.familyIds", "every family a person belongs to, however many"),
            Map.entry(
                    "array ReferralRequestsMade.requests",
                    "one request for each organisation holding one of the person's families"),
            Map.entry("array RetentionDate.applications", "every rule applied, for every person a record is about"),
            Map.entry("array RetentionDate.heldBy", "every active legal hold on a record"),
            Map.entry("array DestructionCertificate.destroyed", "every record destroyed with the record itself"),
            Map.entry(
                    "array SubjectAccessPackageSection.entries",
                    "everything of one kind the organisation holds about the person: the package is the answer"));

    /** An organisation of its own, so that what the bodies this test sends change touches no other test's records. */
    private static final String ORGANISATION = "bounds-council";

    private final Api everyone = Api.withToken(Tokens.of(
            "bounds.tester",
            ORGANISATION,
            "practitioner",
            "team-manager",
            "safeguarding-lead",
            "caldicott-guardian",
            "records-officer",
            "auditor",
            "integrator",
            "admin"));

    @Test
    void every_string_array_and_integer_of_the_document_states_its_bounds() {
        JsonNode document = served();
        List<String> unbounded = new ArrayList<>();
        new DocumentBounds(document).unbounded(unbounded::add);
        System.out.printf(
                Locale.ROOT,
                "ContractBoundsTest: %d unbounded (%d strings, %d arrays, %d integers)%n",
                unbounded.size(),
                unbounded.stream().filter(u -> u.startsWith("string ")).count(),
                unbounded.stream().filter(u -> u.startsWith("array ")).count(),
                unbounded.stream().filter(u -> u.startsWith("integer ")).count());
        write("contract-bounds-unbounded.txt", unbounded);

        assertThat(unbounded).as("values without bounds").isSubsetOf(UNBOUNDED.keySet());
        assertThat(UNBOUNDED.keySet())
                .as("allowed to be unbounded, but bounded now: drop them from the list")
                .isSubsetOf(unbounded);
    }

    @Test
    void every_length_and_count_a_request_body_states_is_the_one_the_api_enforces() {
        everyone.put(
                        "/organisations/{code}",
                        Map.of("name", "Bounds Council", "sector", "LOCAL_AUTHORITY"),
                        ORGANISATION)
                .statusCode(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.equalTo(200), org.hamcrest.Matchers.equalTo(201)));
        Map<String, String> known = new LinkedHashMap<>(ContractFixture.records(everyone));
        // A directory entry of its own: the bodies this test sends succeed, and change it.
        known.put("code", "BOUNDS1");
        sound.put("recipients", List.of(Map.of("kind", "TEAM_AROUND_THE_FAMILY")));
        sound.put("recipient", Map.of("organisation", Tokens.SOUTH));
        sound.put("people", List.of(known.get("personId")));
        HostileVariants bodies = new HostileVariants(known::get);
        List<Operation> operations = new OpenApiOperations(served()).under("/api/v1");

        List<String> failures = new ArrayList<>();
        // First one more than each bound, which must change nothing; then exactly each bound, which may
        // succeed, and change the fixture's records (close the episode, say) for the requests after it.
        Map<String, String> refusedAs = new LinkedHashMap<>();
        int checked = 0;
        int onlyOver = 0;
        for (boolean atTheLimit : List.of(false, true)) {
            for (Operation operation : operations) {
                if (operation.body() == null) {
                    continue;
                }
                String path = HostileVariants.expand(operation.path(), pathValues(operation, known));
                List<Bound> bounds = new ArrayList<>();
                bounds(operation.body(), "", bounds);
                for (Bound bound : bounds) {
                    String at = operation + " " + bound;
                    if (!atTheLimit) {
                        checked++;
                        Response over = send(operation, path, body(bodies, operation, bound, bound.limit() + 1));
                        String rule = ruleFor(over, bound.field());
                        if (over.statusCode() != 400 || rule == null) {
                            failures.add(at + ": " + (bound.limit() + 1) + " not refused naming the field, answered "
                                    + over.statusCode() + " " + abbreviated(over.asString()));
                        } else {
                            refusedAs.put(at, rule);
                        }
                        continue;
                    }
                    String rule = refusedAs.get(at);
                    JsonNode exactly = rule == null ? null : body(bodies, operation, bound, bound.limit());
                    if (exactly == null) {
                        onlyOver += rule == null ? 0 : 1;
                        continue;
                    }
                    Response atLimit = send(operation, path, exactly);
                    if (atLimit.statusCode() >= 500 || rule.equals(ruleFor(atLimit, bound.field()))) {
                        failures.add(at + ": " + bound.limit() + " refused as " + rule + " is, answered "
                                + atLimit.statusCode() + " " + abbreviated(atLimit.asString()));
                    }
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "ContractBoundsTest: %d request-body bounds checked (%d, with a pattern, one over only), %d failed%n",
                checked,
                onlyOver,
                failures.size());
        write("contract-bounds-failures.txt", failures);
        assertThat(checked).isGreaterThan(50);
        assertThat(failures)
                .as("%d of %d request-body bounds", failures.size(), checked)
                .isEmpty();
    }

    /** A string's maxLength or an array's maxItems, at its path in a request body. */
    private record Bound(String field, String kind, int limit, JsonNode schema) {

        @Override
        public String toString() {
            return "[" + kind + " " + limit + " @ " + field + "]";
        }
    }

    private static void bounds(JsonNode schema, String prefix, List<Bound> into) {
        for (Iterator<Map.Entry<String, JsonNode>> properties =
                        schema.path("properties").fields();
                properties.hasNext(); ) {
            Map.Entry<String, JsonNode> property = properties.next();
            String at = prefix + property.getKey();
            JsonNode field = property.getValue();
            switch (field.path("type").asText()) {
                case "string" -> {
                    if (field.has("maxLength")) {
                        into.add(new Bound(
                                at, "maxLength", field.get("maxLength").asInt(), field));
                    }
                }
                case "array" -> {
                    if (field.has("maxItems")) {
                        into.add(new Bound(at, "maxItems", field.get("maxItems").asInt(), field));
                    }
                    JsonNode items = field.path("items");
                    if (items.path("type").asText().equals("object")) {
                        bounds(items, at + "[0].", into);
                    }
                }
                case "object" -> bounds(field, at + ".", into);
                default -> {}
            }
        }
    }

    /**
     * The operation's body from its examples and the fixture's records, with {@code size} characters or
     * items in the bound's field; {@code null} when no such value keeps the field's other rules (a
     * string its pattern or its format).
     */
    private JsonNode body(HostileVariants bodies, Operation operation, Bound bound, int size) {
        ObjectNode body = (ObjectNode) bodies.base(operation.body());
        sound(body, operation.body());
        String parent = bound.field().contains(".")
                ? bound.field().substring(0, bound.field().lastIndexOf('.') + 1)
                : "";
        SIBLINGS.getOrDefault(bound.field().substring(parent.length()), Map.of())
                .forEach((sibling, value) -> {
                    if (parent.endsWith("recipients[0].")) {
                        bodies.setAt(body, operation.body(), parent + sibling, JSON.valueToTree(value));
                    }
                });
        JsonNode value;
        if (bound.kind().equals("maxLength")) {
            String text = "a".repeat(size);
            String pattern = bound.schema().path("pattern").asText(null);
            // a formatted value (uuid, date, date-time) is bounded by its format: at the limit, only an
            // example of exactly that length keeps it
            boolean formatted = bound.schema().has("format");
            if ((formatted || pattern != null && !text.matches(pattern)) && size == bound.limit()) {
                JsonNode example = bound.schema().path("examples").path(0);
                if (!example.isTextual() || example.asText().length() != size) {
                    return null;
                }
                text = example.asText();
            }
            value = JSON.getNodeFactory().textNode(text);
        } else {
            value = items(bodies, bound.schema().path("items"), bound.field(), size);
        }
        bodies.setAt(body, operation.body(), bound.field(), value);
        return body;
    }

    /**
     * Values the examples alone do not make sound together, by field name, wherever the body holds
     * that field: recipients the consent or share can name, people of the fixture's family.
     */
    private final Map<String, Object> sound = new LinkedHashMap<>();

    /** What a recipient needs beside the field at its limit: a practitioner names their organisation. */
    private static final Map<String, Map<String, Object>> SIBLINGS = Map.of(
            "practitioner", Map.of("kind", "PRACTITIONER", "organisation", Tokens.SOUTH),
            "organisation", Map.of("kind", "ORGANISATION"));

    /** What an item of a list needs beside its examples, by the list's name. */
    private static final Map<String, Map<String, Object>> SOUND_ITEMS = Map.of(
            "content", Map.of("kind", "FACT", "category", "BASIC_DETAILS", "description", "Weighed at the visit."));

    private void sound(JsonNode node, JsonNode schema) {
        if (!node.isObject()) {
            return;
        }
        ObjectNode object = (ObjectNode) node;
        sound.forEach((name, value) -> {
            if (object.has(name) && schema.path("properties").has(name)) {
                object.set(name, JSON.valueToTree(value));
            }
        });
        object.fields().forEachRemaining(field -> {
            JsonNode fieldSchema = schema.path("properties").path(field.getKey());
            if (field.getValue().isArray()) {
                field.getValue().forEach(item -> sound(item, fieldSchema.path("items")));
            } else {
                sound(field.getValue(), fieldSchema);
            }
        });
    }

    /** {@code size} items, different from one another as far as the items' values allow. */
    private static ArrayNode items(HostileVariants bodies, JsonNode items, String field, int size) {
        ArrayNode array = JSON.createArrayNode();
        JsonNode choices = items.path("enum");
        for (int i = 0; i < size; i++) {
            if (choices.size() > 0) {
                array.add(choices.get(i % choices.size()));
            } else if ("uuid".equals(items.path("format").asText())) {
                array.add(
                        i == 0
                                ? bodies.base(items)
                                : JSON.getNodeFactory()
                                        .textNode(UUID.randomUUID().toString()));
            } else {
                JsonNode item = bodies.base(items);
                SOUND_ITEMS
                        .getOrDefault(field.substring(field.lastIndexOf('.') + 1), Map.of())
                        .forEach((name, value) -> ((ObjectNode) item).set(name, JSON.valueToTree(value)));
                array.add(item);
            }
        }
        return array;
    }

    /** The rule the answer says the field (or an item of it) broke, {@code null} when it names no such field. */
    private static String ruleFor(Response response, String field) {
        if (response.statusCode() != 400) {
            return null;
        }
        try {
            for (JsonNode error : JSON.readTree(response.asString()).path("errors")) {
                String named = error.path("field").asText();
                if (named.equals(field) || named.startsWith(field + "[") || named.startsWith(field + ".")) {
                    return error.path("rule").asText();
                }
            }
        } catch (java.io.IOException e) {
            return null;
        }
        return null;
    }

    private Response send(Operation operation, String path, JsonNode body) {
        return everyone.request()
                .basePath("")
                .urlEncodingEnabled(false)
                .body(body.toString())
                .request(operation.method(), path);
    }

    private static Map<String, String> pathValues(Operation operation, Map<String, String> known) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("path")) {
                values.put(parameter.name(), known.get(parameter.name()));
            }
        }
        return values;
    }

    private static JsonNode served() {
        try {
            return JSON.readTree(given().accept("application/json")
                    .get("/q/openapi?format=json")
                    .asString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }

    private static void write(String name, List<String> lines) {
        try {
            java.nio.file.Files.write(java.nio.file.Path.of("target", name), lines);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Walks every schema the document holds — components, parameters, request and response bodies —
     * and reports each string, array, integer and number that lacks its bounds, by where it is.
     */
    static final class DocumentBounds {

        private final JsonNode document;

        DocumentBounds(JsonNode document) {
            this.document = document;
        }

        void unbounded(java.util.function.Consumer<String> report) {
            document.path("components")
                    .path("schemas")
                    .fields()
                    .forEachRemaining(schema -> walk(schema.getKey(), schema.getValue(), report));
            document.path("paths")
                    .fields()
                    .forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
                        String operation = method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                        for (JsonNode parameter : method.getValue().path("parameters")) {
                            walk(operation + " ?" + parameter.path("name").asText(), parameter.path("schema"), report);
                        }
                        content(operation + " body", method.getValue().path("requestBody"), report);
                        method.getValue()
                                .path("responses")
                                .fields()
                                .forEachRemaining(answer ->
                                        content(operation + " " + answer.getKey(), answer.getValue(), report));
                    }));
        }

        private void content(String at, JsonNode holder, java.util.function.Consumer<String> report) {
            holder.path("content").fields().forEachRemaining(media -> {
                if (JSON_MEDIA.contains(media.getKey())) {
                    walk(at, media.getValue().path("schema"), report);
                }
            });
        }

        /**
         * Checks the schema's own bounds (with its references and nullable alternatives merged in), then
         * walks what it holds inline; a referenced component is walked once, under its own name.
         */
        private void walk(String at, JsonNode schema, java.util.function.Consumer<String> report) {
            if (schema == null || schema.isMissingNode()) {
                return;
            }
            JsonNode view = merged(schema);
            Set<String> types = types(view);
            if (types.contains("string")
                    && !view.has("maxLength")
                    && !view.has("enum")
                    && !view.has("const")
                    && !BOUNDING_FORMATS.contains(view.path("format").asText())) {
                report.accept("string " + at);
            }
            if (types.contains("array") && !view.has("maxItems")) {
                report.accept("array " + at);
            }
            for (String number : List.of("integer", "number")) {
                if (types.contains(number) && !(view.has("minimum") && view.has("maximum"))) {
                    report.accept(number + " " + at);
                }
            }
            schema.path("properties")
                    .fields()
                    .forEachRemaining(property -> walk(at + "." + property.getKey(), property.getValue(), report));
            if (schema.has("items")) {
                walk(at + "[]", schema.get("items"), report);
            }
            if (schema.path("additionalProperties").isObject()) {
                walk(at + "{}", schema.get("additionalProperties"), report);
            }
            for (String alternatives : List.of("anyOf", "oneOf", "allOf")) {
                for (JsonNode alternative : schema.path(alternatives)) {
                    alternative
                            .path("properties")
                            .fields()
                            .forEachRemaining(
                                    property -> walk(at + "." + property.getKey(), property.getValue(), report));
                    if (alternative.has("items")) {
                        walk(at + "[]", alternative.get("items"), report);
                    }
                }
            }
        }

        /** The schema with what its references and non-null alternatives say merged in, its own words last. */
        private JsonNode merged(JsonNode schema) {
            ObjectNode into = JSON.createObjectNode();
            merge(into, schema);
            return into;
        }

        private void merge(ObjectNode into, JsonNode schema) {
            if (schema.has("$ref")) {
                String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
                merge(into, document.path("components").path("schemas").path(name));
            }
            for (String alternatives : List.of("anyOf", "oneOf", "allOf")) {
                for (JsonNode alternative : schema.path(alternatives)) {
                    if (!"null".equals(alternative.path("type").asText())) {
                        merge(into, alternative);
                    }
                }
            }
            schema.fields().forEachRemaining(field -> {
                if (!Set.of("$ref", "anyOf", "oneOf", "allOf", "properties").contains(field.getKey())) {
                    into.set(field.getKey(), field.getValue());
                }
            });
        }

        private static Set<String> types(JsonNode schema) {
            JsonNode type = schema.path("type");
            Set<String> types = new java.util.HashSet<>();
            if (type.isTextual()) {
                types.add(type.asText());
            }
            type.forEach(option -> types.add(option.asText()));
            if (types.isEmpty() && schema.has("enum")) {
                types.add("string");
            }
            types.remove("null");
            return types;
        }
    }
}
