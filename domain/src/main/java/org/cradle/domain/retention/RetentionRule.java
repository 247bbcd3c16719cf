package org.cradle.domain.retention;

import java.time.LocalDate;
import java.util.Objects;
import org.cradle.domain.Text;

/**
 * One version of a rule of the default schedule, as shipped: never changed once loaded (a new version
 * is a new row). An organisation's own choices for it are {@link RuleSetting}s.
 *
 * @param configurable whether an organisation may replace the formula with its own (the early-help
 *     period, which local authorities set between 21 and 30 years); any rule's automatic destruction
 *     can be switched on where its end action is {@link EndAction#DESTROY}
 */
public record RetentionRule(
        RuleId id,
        int version,
        String recordClass,
        DateFormula formula,
        EndAction endAction,
        String source,
        Confidence confidence,
        LocalDate effectiveFrom,
        boolean configurable) {

    public static final int MAX_RECORD_CLASS_LENGTH = 300;

    public static final int MAX_SOURCE_LENGTH = 500;

    public RetentionRule {
        Objects.requireNonNull(id, "id");
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1");
        }
        recordClass = Text.required("recordClass", recordClass, MAX_RECORD_CLASS_LENGTH);
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(endAction, "endAction");
        source = Text.required("source", source, MAX_SOURCE_LENGTH);
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }
}
