package org.cradle.domain.breakglass;

import java.util.Objects;
import java.util.UUID;
import org.cradle.domain.Identifiers;

/** Identifies a break-glass access. */
public record BreakGlassAccessId(UUID value) {

    public BreakGlassAccessId {
        Objects.requireNonNull(value, "value");
    }

    public static BreakGlassAccessId newId() {
        return new BreakGlassAccessId(UUID.randomUUID());
    }

    public static BreakGlassAccessId parse(String text) {
        return new BreakGlassAccessId(Identifiers.parse("break-glass access", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
