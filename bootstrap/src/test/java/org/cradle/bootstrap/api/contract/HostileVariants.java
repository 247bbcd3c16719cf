package org.cradle.bootstrap.api.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.cradle.bootstrap.api.contract.OpenApiOperations.Operation;
import org.cradle.bootstrap.api.contract.OpenApiOperations.Parameter;

/**
 * Hostile variants of one operation's request, each derived from the operation's schema and each
 * refusable for one reason only: one parameter or one body field made hostile, everything else as
 * the document's examples (or real identifiers) give it. The classes are those the hardening issue
 * names; every variant is one the service must refuse without writing anything.
 */
final class HostileVariants {

    /**
     * One request to send. {@code field} is the parameter or body path at fault, or {@code null}
     * when the whole body is; {@code mustNameIt} when the answer must be a 400 naming that field (the
     * refusal is the JSON reader's or a parameter's, which no other check can come before).
     */
    record Variant(
            String hostility,
            String method,
            String path,
            Map<String, String> query,
            String body,
            String field,
            boolean mustNameIt,
            Map<String, String> headers) {

        Variant(
                String hostility,
                String method,
                String path,
                Map<String, String> query,
                String body,
                String field,
                boolean mustNameIt) {
            this(hostility, method, path, query, body, field, mustNameIt, Map.of());
        }

        @Override
        public String toString() {
            return escaped(method + " " + path + query + (headers.isEmpty() ? "" : " " + headers) + " [" + hostility
                    + (field == null ? "" : " @ " + field) + "]" + (body == null ? "" : " " + abbreviated(body)));
        }

        private static String abbreviated(String text) {
            return text.length() > 300 ? text.substring(0, 300) + "…(" + text.length() + ")" : text;
        }
    }

    /** Hidden characters written as escapes, so that a report shows them and can be saved. */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c < 0x20
                    || (c >= 0x7f && c < 0xa0)
                    || Character.getType(c) == Character.FORMAT
                    || Character.isSurrogate(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Non-ASCII written as escapes, so that a lone surrogate reaches the server as JSON says it. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());

    private static final String LONG = "a".repeat(5_000);
    private static final String HUGE = "a".repeat(100_000);
    private static final List<String> HIDDEN =
            List.of("A\u0000B", "A\u0007B", "A\u202eB", "A\u2066B", "A\u200bB", "\ufeffA", "A\ud800B", "\u0301\u0301");
    private static final List<String> BAD_DATES = List.of(
            "-5000-01-01",
            "+5874898-01-01",
            "+99999-01-01",
            "1899-12-31",
            "2200-01-01",
            "2026-02-30",
            "2026-1-1",
            "01/02/2026",
            "2026-01-01T00:00:00Z");
    private static final List<String> BAD_INSTANTS = List.of(
            "+5874898-01-01T00:00:00Z", "-5000-01-01T00:00:00Z", "1800-01-01T00:00:00Z", "2026-01-01", "yesterday");
    private static final List<String> BAD_PAGING =
            List.of("-1", "21474837", "2147483648", "99999999999999999999", "1.5", "0x10", "ten");

    private final Function<String, String> knownValue;

    /** @param knownValue real values for path parameters and identifier fields, by name (null when none) */
    HostileVariants(Function<String, String> knownValue) {
        this.knownValue = knownValue;
    }

    List<Variant> of(Operation operation) {
        List<Variant> variants = new ArrayList<>();
        Map<String, String> pathValues = new LinkedHashMap<>();
        for (Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("path")) {
                String value = knownValue.apply(parameter.name());
                if (value == null) {
                    throw new IllegalStateException("No known value for path parameter '" + parameter.name() + "' of "
                            + operation + ": add one to the fixture so its operations are probed too.");
                }
                pathValues.put(parameter.name(), value);
            }
        }
        String baseBody = operation.body() == null ? null : write(base(operation.body()));
        for (Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("header")) {
                // A header carries no control character and nothing beyond Latin-1 (clients refuse to send
                // them): a header is probed with what it can carry, and must be refused naming it.
                for (String hostile : List.of(LONG, "not-a-value", "-1")) {
                    variants.add(new Variant(
                            "hostile header",
                            operation.method(),
                            expand(operation.path(), pathValues),
                            Map.of(),
                            baseBody,
                            parameter.name(),
                            true,
                            Map.of(parameter.name(), hostile)));
                }
                continue;
            }
            for (String hostile : hostileValues(parameter)) {
                Map<String, String> values = new LinkedHashMap<>(pathValues);
                Map<String, String> query = new LinkedHashMap<>();
                boolean inPath = parameter.in().equals("path");
                if (inPath) {
                    values.put(parameter.name(), hostile);
                } else {
                    query.put(parameter.name(), hostile);
                }
                if (parameter.name().equals("page")) {
                    query.put("size", "100");
                }
                variants.add(new Variant(
                        inPath ? "hostile path parameter" : "hostile query parameter",
                        operation.method(),
                        expand(operation.path(), values),
                        query,
                        baseBody,
                        parameter.name(),
                        !inPath));
            }
        }
        if (operation.body() != null) {
            String path = expand(operation.path(), pathValues);
            for (String notAnObject : List.of("[]", "\"x\"", "42", "true", "[{}]", "{} {}", "{\"a\":", "")) {
                variants.add(
                        new Variant("not a JSON object", operation.method(), path, Map.of(), notAnObject, null, false));
            }
            bodyVariants(operation, path, operation.body(), "", variants);
        }
        return variants;
    }

    private List<String> hostileValues(Parameter parameter) {
        // A lone surrogate cannot be written in a URI at all (percent-encoding is of UTF-8 bytes).
        List<String> values = new ArrayList<>(HIDDEN.stream()
                .filter(text -> text.chars().noneMatch(c -> Character.isSurrogate((char) c)))
                .toList());
        values.add(LONG);
        String name = parameter.name();
        String example = parameter.example() == null ? "" : parameter.example();
        if (name.equals("page") || name.equals("size") || name.equals("version")) {
            values.addAll(BAD_PAGING);
            if (name.equals("size")) {
                values.addAll(List.of("0", "101"));
            }
        }
        if (name.endsWith("Id")) {
            values.addAll(List.of("not-a-uuid", "00000000-0000-0000-0000-00000000000g"));
            if (parameter.in().equals("path")) {
                // In a query an unknown id is a filter that matches nothing; in a path, a record not found.
                values.add(UUID.randomUUID().toString());
            }
        }
        if (example.matches("\\d{4}-\\d{2}-\\d{2}")) {
            values.addAll(BAD_DATES);
        }
        if (example.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
            values.addAll(BAD_INSTANTS);
        }
        if (name.equals("nhsNumber")) {
            values.addAll(List.of("0000000000", "1111111111", "943476591", "9434765918"));
        }
        return values;
    }

    /** One hostile change at a time to each field of the body, recursively, at its JSON path. */
    private void bodyVariants(
            Operation operation, String path, JsonNode schema, String prefix, List<Variant> variants) {
        for (Iterator<Map.Entry<String, JsonNode>> properties =
                        schema.path("properties").fields();
                properties.hasNext(); ) {
            Map.Entry<String, JsonNode> property = properties.next();
            String name = property.getKey();
            JsonNode field = property.getValue();
            String at = prefix + name;
            boolean required = contains(schema.path("required"), name);
            String type = field.path("type").asText();
            List<HostileValue> hostile = new ArrayList<>();
            switch (type) {
                case "string" -> {
                    hostile.add(new HostileValue(
                            "wrong JSON type", JSON.getNodeFactory().numberNode(12345), true));
                    hostile.add(new HostileValue(
                            "wrong JSON type", JSON.getNodeFactory().booleanNode(true), true));
                    hostile.add(new HostileValue("wrong JSON type", JSON.createObjectNode(), true));
                    hostile.add(new HostileValue(
                            "wrong JSON type", JSON.createArrayNode().add("x"), true));
                    for (String text : HIDDEN) {
                        // Marks alone are refused by the domain (nothing visible), which may come after
                        // other checks; every other hidden character is refused by the JSON reader.
                        hostile.add(new HostileValue("hidden character", text(text), !text.startsWith("\u0301")));
                    }
                    int max = field.path("maxLength").asInt(0);
                    hostile.add(
                            new HostileValue("oversized string", text(max > 0 ? "a".repeat(max + 1) : HUGE), false));
                    if (field.has("enum")) {
                        hostile.add(new HostileValue("not a listed value", text("NOT_A_VALUE"), true));
                        hostile.add(new HostileValue(
                                "enum as its position", JSON.getNodeFactory().numberNode(0), true));
                    }
                    if ("date".equals(field.path("format").asText())) {
                        BAD_DATES.forEach(date ->
                                hostile.add(new HostileValue("malformed or out-of-range date", text(date), true)));
                        hostile.add(new HostileValue(
                                "date as a number", JSON.getNodeFactory().numberNode(20240101), true));
                    }
                    if ("uuid".equals(field.path("format").asText())) {
                        hostile.add(new HostileValue("not a UUID", text("not-a-uuid"), true));
                        hostile.add(new HostileValue(
                                "unknown id", text(UUID.randomUUID().toString()), false));
                    }
                }
                case "integer" -> {
                    hostile.add(new HostileValue("number as text", text("3"), true));
                    hostile.add(
                            new HostileValue("fraction", JSON.getNodeFactory().numberNode(3.5), true));
                    hostile.add(new HostileValue(
                            "wrong JSON type", JSON.getNodeFactory().booleanNode(true), true));
                    hostile.add(new HostileValue(
                            "number out of range",
                            JSON.getNodeFactory().numberNode(new java.math.BigInteger("99999999999999999999")),
                            true));
                    hostile.add(
                            new HostileValue("negative", JSON.getNodeFactory().numberNode(-1), false));
                }
                case "boolean" -> {
                    hostile.add(new HostileValue(
                            "boolean as a number", JSON.getNodeFactory().numberNode(1), true));
                    hostile.add(new HostileValue("boolean as text", text("true"), true));
                }
                case "array" -> {
                    hostile.add(new HostileValue("wrong JSON type", text("x"), true));
                    hostile.add(new HostileValue("wrong JSON type", JSON.createObjectNode(), true));
                    hostile.add(new HostileValue(
                            "null element", JSON.createArrayNode().addNull(), true));
                }
                case "object" -> {
                    hostile.add(new HostileValue("wrong JSON type", text("x"), true));
                    hostile.add(new HostileValue("wrong JSON type", JSON.createArrayNode(), true));
                }
                default -> {}
            }
            if (required) {
                hostile.add(new HostileValue("required but null", JSON.nullNode(), false));
            }
            for (HostileValue value : hostile) {
                ObjectNode body = (ObjectNode) base(operation.body());
                setAt(body, operation.body(), at, value.value());
                variants.add(new Variant(
                        value.hostility(), operation.method(), path, Map.of(), write(body), at, value.mustNameIt()));
            }
            ObjectNode duplicated = (ObjectNode) base(operation.body());
            setAt(duplicated, operation.body(), at, null);
            variants.add(new Variant(
                    "duplicate key", operation.method(), path, Map.of(), writeDuplicating(duplicated, at), at, true));
            if (type.equals("object")) {
                bodyVariants(operation, path, field, at + ".", variants);
            }
            if (type.equals("array")
                    && field.path("items").path("type").asText().equals("object")) {
                bodyVariants(operation, path, field.path("items"), at + "[0].", variants);
            }
        }
    }

    private record HostileValue(String hostility, JsonNode value, boolean mustNameIt) {}

    /** A value for the schema from its examples, real identifiers or its type: required fields only. */
    JsonNode base(JsonNode schema) {
        return base(schema, "");
    }

    private JsonNode base(JsonNode schema, String name) {
        String known = knownValue.apply(name);
        if (known != null && "uuid".equals(schema.path("format").asText())) {
            return text(known);
        }
        if (schema.has("examples") && schema.get("examples").size() > 0) {
            return schema.get("examples").get(0);
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        return switch (schema.path("type").asText()) {
            case "object" -> {
                ObjectNode object = JSON.createObjectNode();
                schema.path("properties").fields().forEachRemaining(p -> {
                    if (contains(schema.path("required"), p.getKey())) {
                        object.set(p.getKey(), base(p.getValue(), p.getKey()));
                    }
                });
                yield object;
            }
            case "array" -> JSON.createArrayNode().add(base(schema.path("items"), name));
            case "integer" -> JSON.getNodeFactory().numberNode(0);
            case "boolean" -> JSON.getNodeFactory().booleanNode(true);
            case "string" -> text(
                    switch (schema.path("format").asText()) {
                        case "date" -> "2026-01-01";
                        case "uuid" -> UUID.randomUUID().toString();
                        default -> "text";
                    });
            default -> JSON.nullNode();
        };
    }

    /** Puts {@code value} at the dotted path, creating optional parents from their base values. */
    void setAt(ObjectNode body, JsonNode schema, String path, JsonNode value) {
        String[] steps = path.split("\\.");
        JsonNode node = body;
        JsonNode nodeSchema = schema;
        for (int i = 0; i < steps.length; i++) {
            String step = steps[i];
            boolean intoArray = step.endsWith("[0]");
            String name = intoArray ? step.substring(0, step.length() - 3) : step;
            JsonNode fieldSchema = nodeSchema.path("properties").path(name);
            ObjectNode object = (ObjectNode) node;
            if (i == steps.length - 1 && !intoArray) {
                object.set(
                        name, value == null ? (object.has(name) ? object.get(name) : base(fieldSchema, name)) : value);
                return;
            }
            if (!object.has(name) || object.get(name).isNull()) {
                object.set(name, base(fieldSchema, name));
            }
            node = object.get(name);
            nodeSchema = fieldSchema;
            if (intoArray) {
                ArrayNode array = (ArrayNode) node;
                if (array.isEmpty()) {
                    array.add(base(fieldSchema.path("items"), name));
                }
                node = array.get(0);
                nodeSchema = fieldSchema.path("items");
            }
        }
    }

    /** The body as JSON text, with the field at {@code path} written a second time at the end of its object. */
    private static String writeDuplicating(ObjectNode body, String path) {
        StringBuilder out = new StringBuilder();
        writeObject(out, body, "", path);
        return out.toString();
    }

    private static void writeObject(StringBuilder out, JsonNode object, String prefix, String duplicate) {
        out.append('{');
        boolean first = true;
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!first) {
                out.append(',');
            }
            first = false;
            out.append(write(text(field.getKey()))).append(':');
            writeValue(out, field.getValue(), prefix + field.getKey(), duplicate);
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if ((prefix + field.getKey()).equals(duplicate)) {
                // Not next to the first: a duplicate after another field is the case parsers get wrong.
                out.append(',').append(write(text(field.getKey()))).append(':').append(write(field.getValue()));
            }
        }
        out.append('}');
    }

    private static void writeValue(StringBuilder out, JsonNode value, String at, String duplicate) {
        if (value.isObject()) {
            writeObject(out, value, at + ".", duplicate);
        } else if (value.isArray()) {
            out.append('[');
            for (int i = 0; i < value.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                writeValue(out, value.get(i), at + "[" + i + "]", duplicate);
            }
            out.append(']');
        } else {
            out.append(write(value));
        }
    }

    private static boolean contains(JsonNode array, String name) {
        for (JsonNode element : array) {
            if (element.asText().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode text(String value) {
        return JsonNodeFactory.instance.textNode(value);
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String expand(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace(
                    "{" + value.getKey() + "}",
                    java.net.URLEncoder.encode(value.getValue(), java.nio.charset.StandardCharsets.UTF_8)
                            .replace("+", "%20"));
        }
        return path;
    }
}
