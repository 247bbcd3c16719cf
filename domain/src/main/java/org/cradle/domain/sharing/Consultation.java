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

    public static final int MAX_NAME_LENGTH = 200;

    public static final int MAX_ADVICE_LENGTH = 4000;

    /** More people than one decision is talked over with. */
    public static final int MAX_CONSULTED = 20;

    public Consultation {
        if (role == null) {
            throw new InvalidValueException("role", "required", "Say whom you consulted: their role.");
        }
        name = Text.required("name", name, MAX_NAME_LENGTH);
        advice = Text.required("advice", advice, MAX_ADVICE_LENGTH);
    }

    /** Refuses more consultations than {@link #MAX_CONSULTED}, naming the list as {@code field}. */
    public static void requireFew(String field, int consulted) {
        if (consulted > MAX_CONSULTED) {
            throw new InvalidValueException(
                    field, "max-items", field + " must name at most " + MAX_CONSULTED + " people consulted.");
        }
    }
}
