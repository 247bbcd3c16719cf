package org.cradle.application.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.retention.SweepRule;

/**
 * What a sweep did, or in a dry run would do: how many records it looked at and what it did with each
 * (the first {@link #LISTED} named one by one), and how many rows each table lost. A dry run's report
 * comes from the same statements as a real run's, rolled back (ADR 21).
 *
 * @param actions how many records each action took, every action named
 * @param rowsRemoved rows removed per table, by table name
 * @param records the records and what was done with each, in sweep order, at most {@link #LISTED}
 */
public record SweepReport(
        boolean dryRun,
        LocalDate day,
        Instant startedAt,
        Instant finishedAt,
        int examined,
        Map<SweepRule.Action, Integer> actions,
        Map<String, Integer> rowsRemoved,
        List<Swept> records,
        boolean recordsTruncated) {

    public static final int LISTED = 1000;

    /** One record, and what the sweep did with it and why. */
    public record Swept(
            RecordType recordType,
            UUID recordId,
            OrganisationId organisation,
            SweepRule.Action action,
            String reason) {}

    /** A batch's part of the report. */
    record Batch(List<Swept> records, Map<String, Integer> rowsRemoved, RetentionSweeps.Position last) {}

    static final class Builder {
        private final boolean dryRun;
        private final LocalDate day;
        private final Instant startedAt;
        private int examined;
        private final Map<SweepRule.Action, Integer> actions = new EnumMap<>(SweepRule.Action.class);
        private final Map<String, Integer> rowsRemoved = new TreeMap<>();
        private final List<Swept> records = new ArrayList<>();
        private boolean truncated;

        Builder(boolean dryRun, LocalDate day, Instant startedAt) {
            this.dryRun = dryRun;
            this.day = day;
            this.startedAt = startedAt;
            for (SweepRule.Action action : SweepRule.Action.values()) {
                actions.put(action, 0);
            }
        }

        void add(Batch batch) {
            for (Swept swept : batch.records()) {
                examined++;
                actions.merge(swept.action(), 1, Integer::sum);
                if (records.size() < LISTED) {
                    records.add(swept);
                } else {
                    truncated = true;
                }
            }
            batch.rowsRemoved().forEach((table, rows) -> rowsRemoved.merge(table, rows, Integer::sum));
        }

        SweepReport build(Instant finishedAt) {
            return new SweepReport(
                    dryRun,
                    day,
                    startedAt,
                    finishedAt,
                    examined,
                    Map.copyOf(actions),
                    Map.copyOf(rowsRemoved),
                    List.copyOf(records),
                    truncated);
        }
    }
}
