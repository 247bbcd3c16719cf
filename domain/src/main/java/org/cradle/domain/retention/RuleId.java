package org.cradle.domain.retention;

import java.util.regex.Pattern;
import org.cradle.domain.InvalidValueException;

/** A retention rule's identifier in the schedule, such as {@code NHS-CHILD} or {@code LA-EARLY-HELP}. */
public record RuleId(String value) {

    /** Upper-case words of letters and digits, joined by hyphens. */
    public static final String FORM = "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$";

    public static final int MAX_LENGTH = 40;

    private static final Pattern WRITTEN = Pattern.compile(FORM);

    public RuleId {
        if (value == null
                || value.length() > MAX_LENGTH
                || !WRITTEN.matcher(value).matches()) {
            throw new InvalidValueException(
                    "ruleId",
                    "rule-id",
                    "A rule id is upper-case words joined by hyphens, at most " + MAX_LENGTH
                            + " characters, such as NHS-CHILD.");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
