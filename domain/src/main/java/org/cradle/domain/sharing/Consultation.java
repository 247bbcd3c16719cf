package org.cradle.domain.sharing;

import org.cradle.domain.InvalidValueException;
import org.cradle.domain.Text;

/** Someone the decider consulted, and their advice. */
public record Consultation(Consulted role, String name, String advice) {

    public enum Consulted {
        SAFEGUARDING_LEAD,
        CALDICOTT_GUARDIAN,
        LEGAL,
        OTHER
    }

    public Consultation {
        if (role == null) {
            throw new InvalidValueException("role", "required", "Say whom you consulted: their role.");
        }
        name = Text.required("name", name, 200);
        advice = Text.required("advice", advice, 4000);
    }
}
