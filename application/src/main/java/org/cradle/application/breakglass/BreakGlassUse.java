package org.cradle.application.breakglass;

import java.util.Objects;
import org.cradle.domain.breakglass.BreakGlassAccess;

/**
 * A break-glass access as its reviewers see it: the grant, its review if any, and how many audit
 * events the practitioner made under it (each read of the family, a member, a record), which the
 * audit trail lists in full. Nothing of the family's content.
 */
public record BreakGlassUse(BreakGlassAccess access, long auditEvents) {

    public BreakGlassUse {
        Objects.requireNonNull(access, "access");
    }
}
