package org.cradle.bootstrap.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.ws.rs.Path;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.junit.jupiter.api.Test;

/**
 * No two Java types share a name in the OpenAPI document. SmallRye names a schema after the type's
 * simple name (or its {@code @Schema(name)}), and two types of one name are silently merged into one
 * schema (the chain verification's enum of findings once turned the RFC 9457 {@code Problem} into
 * {@code {"type": ["string","object"], "enum": [...]}}) or numbered ({@code DecisionView1}), so a client
 * generator reads a contract nobody wrote. This walks every type the resources take and answer, field by
 * field, from the classes themselves.
 */
class SchemaNamesTest {

    @Test
    void every_type_of_the_contract_has_a_schema_name_of_its_own() {
        Map<String, Set<String>> typesByName = new TreeMap<>();
        for (Type type : contractTypes()) {
            typesByName.computeIfAbsent(schemaName(type), n -> new TreeSet<>()).add(type.getTypeName());
        }
        Map<String, Set<String>> collisions = new TreeMap<>();
        typesByName.forEach((name, types) -> {
            if (types.size() > 1) {
                collisions.put(name, types);
            }
        });
        assertThat(collisions).as("schema names shared by several Java types").isEmpty();
        assertThat(typesByName).as("the walk reaches the contract").containsKeys("Problem", "Family", "ChainFinding");
    }

    /** The types reachable from the resources' signatures and documented answers, through their fields. */
    static Set<Type> contractTypes() {
        Deque<Type> toVisit = new ArrayDeque<>();
        for (JavaClass resource : new ClassFileImporter().importPackages("org.cradle.adapters.rest")) {
            Class<?> type = resource.reflect();
            if (!type.isAnnotationPresent(Path.class)
                    && !type.isAnnotationPresent(
                            org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition.class)) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers())) {
                    continue;
                }
                toVisit.add(method.getGenericReturnType());
                java.util.Collections.addAll(toVisit, method.getGenericParameterTypes());
                documented(method, toVisit);
            }
            Schema[] components = componentSchemas(type);
            for (Schema schema : components) {
                toVisit.add(schema.implementation());
            }
        }
        Set<Type> seen = new LinkedHashSet<>();
        while (!toVisit.isEmpty()) {
            Type next = toVisit.pop();
            if (next instanceof ParameterizedType parameterized) {
                if (parameterized.getRawType().getTypeName().startsWith("org.cradle.")) {
                    seen.add(parameterized);
                }
                toVisit.add(parameterized.getRawType());
                java.util.Collections.addAll(toVisit, parameterized.getActualTypeArguments());
            } else if (next instanceof GenericArrayType array) {
                toVisit.add(array.getGenericComponentType());
            } else if (next instanceof WildcardType wildcard) {
                java.util.Collections.addAll(toVisit, wildcard.getUpperBounds());
            } else if (next instanceof Class<?> type) {
                if (type.isArray()) {
                    toVisit.add(type.getComponentType());
                } else if (type.getName().startsWith("org.cradle.") && seen.add(type)) {
                    for (Field field : type.getDeclaredFields()) {
                        if (!Modifier.isStatic(field.getModifiers())) {
                            toVisit.add(field.getGenericType());
                        }
                    }
                }
            }
        }
        return seen;
    }

    private static Schema[] componentSchemas(Class<?> type) {
        var definition = type.getAnnotation(org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition.class);
        return definition == null ? new Schema[0] : definition.components().schemas();
    }

    private static void documented(Method method, Deque<Type> toVisit) {
        for (APIResponse response : method.getAnnotationsByType(APIResponse.class)) {
            answers(response, toVisit);
        }
        APIResponses responses = method.getAnnotation(APIResponses.class);
        if (responses != null) {
            for (APIResponse response : responses.value()) {
                answers(response, toVisit);
            }
        }
        RequestBody body = method.getAnnotation(RequestBody.class);
        if (body != null) {
            for (var content : body.content()) {
                toVisit.add(content.schema().implementation());
            }
        }
    }

    private static void answers(APIResponse response, Deque<Type> toVisit) {
        for (var content : response.content()) {
            toVisit.add(content.schema().implementation());
        }
    }

    /**
     * The name SmallRye gives the type's schema: its {@code @Schema(name)}, else its simple name; for a
     * generic type, the raw type's name followed by its arguments' simple names ({@code PageResponseFamily}).
     */
    static String schemaName(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            StringBuilder name = new StringBuilder(schemaName(parameterized.getRawType()));
            for (Type argument : parameterized.getActualTypeArguments()) {
                name.append(argument instanceof Class<?> c ? c.getSimpleName() : schemaName(argument));
            }
            return name.toString();
        }
        if (!(type instanceof Class<?>)) {
            return type.getTypeName();
        }
        return schemaName((Class<?>) type);
    }

    private static String schemaName(Class<?> type) {
        Schema schema = type.getAnnotation(Schema.class);
        return schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
    }
}
