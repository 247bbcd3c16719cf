package org.cradle.bootstrap.api.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The operations of the service's own OpenAPI document, with their parameters and request body
 * schemas resolved ({@code $ref}, {@code anyOf} with null, OpenAPI 3.1 type lists) into plain schemas
 * that say one JSON type each. Whatever operation the service adds is read the same way.
 */
final class OpenApiOperations {

    /** One operation: method, path template, parameters, and the body schema if it takes one. */
    record Operation(String method, String path, List<Parameter> parameters, JsonNode body) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** A path or query parameter, with its example when the document gives one. */
    record Parameter(String name, String in, JsonNode schema, String example) {}

    private final JsonNode document;

    OpenApiOperations(JsonNode document) {
        this.document = document;
    }

    List<Operation> under(String prefix) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths =
                        document.path("paths").fields();
                paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith(prefix)) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                JsonNode operation = method.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    JsonNode example = parameter.get("example");
                    parameters.add(new Parameter(
                            parameter.path("name").asText(),
                            parameter.path("in").asText(),
                            resolve(parameter.path("schema")),
                            example == null ? null : example.asText()));
                }
                JsonNode body = operation
                        .path("requestBody")
                        .path("content")
                        .path("application/json")
                        .get("schema");
                operations.add(new Operation(
                        method.getKey().toUpperCase(java.util.Locale.ROOT),
                        path.getKey(),
                        parameters,
                        body == null ? null : resolve(body)));
            }
        }
        return operations;
    }

    /**
     * The schema with references followed and nullable alternatives dropped, so that it states one
     * type, its format, enum, examples, limits and, for objects, resolved properties.
     */
    JsonNode resolve(JsonNode schema) {
        ObjectNode resolved = JsonNodeFactory.instance.objectNode();
        merge(resolved, schema);
        if (resolved.has("properties")) {
            ObjectNode properties = JsonNodeFactory.instance.objectNode();
            resolved.get("properties")
                    .fields()
                    .forEachRemaining(p -> properties.set(p.getKey(), resolve(p.getValue())));
            resolved.set("properties", properties);
        }
        if (resolved.has("items")) {
            resolved.set("items", resolve(resolved.get("items")));
        }
        String type = type(resolved);
        if (type != null) {
            resolved.put("type", type);
        }
        return resolved;
    }

    private void merge(ObjectNode into, JsonNode schema) {
        if (schema == null || schema.isMissingNode()) {
            return;
        }
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
            if (!List.of("$ref", "anyOf", "oneOf", "allOf").contains(field.getKey())) {
                into.set(field.getKey(), field.getValue());
            }
        });
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type != null && type.isTextual()) {
            return type.asText();
        }
        if (type != null && type.isArray()) {
            for (JsonNode option : type) {
                if (!"null".equals(option.asText())) {
                    return option.asText();
                }
            }
        }
        if (schema.has("properties")) {
            return "object";
        }
        return schema.has("enum") ? "string" : null;
    }
}
