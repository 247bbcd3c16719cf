package org.cradle.adapters.rest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A Cradle role as tokens name it ({@code safeguarding-lead}), in JSON a plain string. The document lists
 * the names, from the domain's roles ({@link ContractBounds}); a name that is no role is refused where the
 * role is read.
 */
@Schema(name = ContractBounds.ROLE_NAME, type = SchemaType.STRING)
public record RoleName(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static RoleName of(String value) {
        return value == null ? null : new RoleName(value);
    }
}
