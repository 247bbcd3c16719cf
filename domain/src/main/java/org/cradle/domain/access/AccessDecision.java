package org.cradle.domain.access;

import java.util.Objects;

/** The access policy's answer: allowed on a ground, or denied with a reason. */
public sealed interface AccessDecision {

    /** Allowed; a break-glass ground is flagged in the audit trail and lands in the review list. */
    record Allowed(Ground ground) implements AccessDecision {
        public Allowed {
            Objects.requireNonNull(ground, "ground");
        }

        public boolean breakGlass() {
            return ground == Ground.BREAK_GLASS;
        }
    }

    /**
     * Denied. A hidden denial is answered exactly as if the record did not exist, because the actor
     * may not even learn that it does.
     */
    record Denied(String reason, boolean hidden) implements AccessDecision {
        public Denied {
            Objects.requireNonNull(reason, "reason");
        }

        static Denied forbidden(String reason) {
            return new Denied(reason, false);
        }

        static Denied hidden(String reason) {
            return new Denied(reason, true);
        }
    }

    default boolean allowed() {
        return this instanceof Allowed;
    }
}
