package org.cradle.application.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.access.Access;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.retention.KeptDate;
import org.cradle.domain.retention.RuleId;

/**
 * The records officer's review queue: the organisation's records whose date has come (or comes by a
 * day they choose), earliest first, each with the rule and version that made it due and why; under no
 * active hold. Metadata only, by record id: records officers never see content.
 */
@ApplicationScoped
public class ListDueRecords {

    private final Access access;
    private final RetentionRecords records;
    private final Schedules schedules;

    public ListDueRecords(Access access, RetentionRecords records, Schedules schedules) {
        this.access = access;
        this.records = records;
        this.schedules = schedules;
    }

    /** {@code dueBy} null means today. */
    @Transactional
    public Page<KeptDate> list(Actor actor, LocalDate dueBy, RuleId rule, PageRequest page) {
        access.require(actor, Capability.MANAGE_RETENTION);
        LocalDate today = schedules.today();
        return records.due(actor.organisation(), dueBy == null ? today : dueBy, rule, today, page);
    }
}
