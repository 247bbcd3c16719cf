package org.cradle.application.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.retention.KeptDate;
import org.cradle.domain.retention.RetainedRecord;
import org.cradle.domain.retention.RetentionDate;
import org.cradle.domain.retention.RuleId;

/** Each record's retention date as last computed, and the records whose date has come. */
public interface RetentionRecords {

    /** The organisation's record's kept date, if it has one. */
    Optional<KeptDate> find(RecordType type, UUID record, OrganisationId organisation);

    /** The organisation's kept date of the record with this id, whichever kind of record it is. */
    Optional<KeptDate> find(UUID record, OrganisationId organisation);

    /** Keeps the record's date, replacing the one kept before. */
    void save(RetainedRecord record, RetentionDate date, Instant computedAt);

    /** Forgets the record's date: the record is gone (a video deleted or its upload abandoned). */
    void forget(RecordType type, UUID record);

    /**
     * The organisation's records dated on or before {@code dueBy} and under no hold active on
     * {@code today}, earliest first, paged in the database.
     *
     * @param rule only those whose date the rule gave, or all when null
     */
    Page<KeptDate> due(OrganisationId organisation, LocalDate dueBy, RuleId rule, LocalDate today, PageRequest page);
}
