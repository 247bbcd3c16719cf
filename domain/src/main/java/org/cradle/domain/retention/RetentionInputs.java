package org.cradle.domain.retention;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a formula is evaluated on, for one record and one person it is about: the dates it may count
 * from, and the facts its conditions ask (the record closed because the person died, a malicious
 * finding, a recording made part of the formal record). A date not known is absent, and a formula that
 * needs it has no date.
 */
public record RetentionInputs(
        Map<Anchor, LocalDate> dates, boolean closedByDeath, boolean malicious, boolean formalRecord) {

    public RetentionInputs {
        dates = dates.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(dates));
    }

    public static RetentionInputs of(Map<Anchor, LocalDate> dates) {
        return new RetentionInputs(dates, false, false, false);
    }

    public Optional<LocalDate> date(Anchor anchor) {
        return Optional.ofNullable(dates.get(anchor));
    }

    public RetentionInputs with(Anchor anchor, LocalDate date) {
        Map<Anchor, LocalDate> more = new EnumMap<>(Anchor.class);
        more.putAll(dates);
        if (date == null) {
            more.remove(anchor);
        } else {
            more.put(anchor, date);
        }
        return new RetentionInputs(more, closedByDeath, malicious, formalRecord);
    }

    public RetentionInputs closedByDeath(boolean closed) {
        return new RetentionInputs(dates, closed, malicious, formalRecord);
    }

    /** The inputs with the allegation's finding: malicious or not. */
    public RetentionInputs malicious(boolean found) {
        return new RetentionInputs(dates, closedByDeath, found, formalRecord);
    }

    /** The inputs of a recording, made part of the formal record by a recorded decision or not. */
    public RetentionInputs formalRecord(boolean decided) {
        return new RetentionInputs(dates, closedByDeath, malicious, decided);
    }
}
