package org.cradle.domain.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.cradle.domain.audit.RecordType;

/**
 * A record's retention date as last computed and kept, with why: what the review queue shows (never the
 * record's content) and what the sweeper works from.
 *
 * @param reviewOn the date; null when the record is not dated (open, incomplete, unclassified)
 * @param rule the rule that gave the date; null when the record is not dated
 * @param settingVersion the organisation's setting version that applied, or null for the schedule's rule
 * @param queuedOn the day a sweep first found it due and put it in the queue; null until one has
 */
public record KeptDate(
        RecordType type,
        UUID id,
        UUID family,
        LocalDate reviewOn,
        RuleId rule,
        int ruleVersion,
        Integer settingVersion,
        EndAction endAction,
        boolean automaticDestruction,
        String explanation,
        Instant computedAt,
        LocalDate queuedOn) {}
