package org.cradle.domain.retention;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a formula gave for one person: the date, or none when an input it needs is not known (which
 * ones are said, so a records officer can supply them); and every input the answer depended on.
 */
public record Evaluation(Optional<LocalDate> date, Set<Anchor> used, Set<Anchor> missing) {

    public Evaluation {
        used = Set.copyOf(used);
        missing = Set.copyOf(missing);
        if (date.isPresent() != missing.isEmpty()) {
            throw new IllegalArgumentException("a date, or the inputs missing for one");
        }
    }

    static Evaluation of(LocalDate date, Set<Anchor> used) {
        return new Evaluation(Optional.of(date), used, Set.of());
    }

    static Evaluation missing(Set<Anchor> used, Set<Anchor> missing) {
        return new Evaluation(Optional.empty(), used, missing);
    }

    /** Both inputs' uses and gaps, for a formula built of both. */
    static Set<Anchor> union(Set<Anchor> a, Set<Anchor> b) {
        Set<Anchor> all = EnumSet.noneOf(Anchor.class);
        all.addAll(a);
        all.addAll(b);
        return all;
    }
}
