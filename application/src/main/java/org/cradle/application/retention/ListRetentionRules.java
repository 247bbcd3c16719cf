package org.cradle.application.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.access.Access;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.retention.RetentionSchedule;

/**
 * The retention schedule as the actor's organisation has it: each rule's version in force with the
 * organisation's own setting. Open to anyone signed in: the schedule holds no personal data, and
 * practitioners may want to know how long what they write is kept.
 */
@ApplicationScoped
public class ListRetentionRules {

    private final Access access;
    private final Schedules schedules;

    public ListRetentionRules(Access access, Schedules schedules) {
        this.access = access;
        this.schedules = schedules;
    }

    @Transactional
    public Page<RetentionSchedule.InForce> list(Actor actor, PageRequest page) {
        access.requireSignedIn(actor);
        List<RetentionSchedule.InForce> all = schedules.of(actor.organisation()).rules().stream()
                .sorted(Comparator.comparing(rule -> rule.rule().id().value()))
                .toList();
        int from = (int) Math.min((long) page.page() * page.size(), all.size());
        int to = Math.min(from + page.size(), all.size());
        return new Page<>(all.subList(from, to), page, all.size());
    }
}
