package org.cradle.adapters.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A property that refers to another schema and may be null is written by SmallRye as {@code anyOf: [{$ref},
 * {type: null}]} beside {@code type: object}, and that sibling forbids the null the {@code anyOf} allows:
 * every such answer would be refused by a validating client. The sibling type goes, for every such
 * property, so that {@code @Schema(nullable = true)} on a reference means what it says.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class NullableReferences implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        List<Schema> anyOf = schema.getAnyOf();
        if (anyOf != null
                && schema.getType() != null
                && anyOf.stream().anyMatch(NullableReferences::isNull)
                && anyOf.stream().anyMatch(option -> option.getRef() != null)) {
            schema.setType(null);
        }
        return schema;
    }

    private static boolean isNull(Schema option) {
        return option.getType() != null && option.getType().equals(List.of(Schema.SchemaType.NULL));
    }
}
