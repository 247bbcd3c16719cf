package org.cradle.contracts.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cradle.application.PageRequest;
import org.cradle.application.audit.AuditQuery;
import org.cradle.application.audit.AuditTrail;
import org.cradle.contracts.PortContract;
import org.cradle.domain.access.Ground;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Role;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.AuditEvent;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.junit.jupiter.api.Test;

/**
 * What every audit trail does: keeps each event as recorded; shows an auditor of an organisation its
 * own staff's events and those about the families it holds, oldest first, filtered; and answers "who saw
 * my record" newest first.
 */
public abstract class AuditTrailContract extends PortContract {

    private static final PageRequest ALL = new PageRequest(0, 50);

    private final OrganisationId holder = organisation("holder");
    private final OrganisationId visitor = organisation("visitor");
    private final Actor holderStaff = Actor.practitioner("a.holder", holder, Set.of(Role.PRACTITIONER));
    private final Actor visitorStaff = Actor.practitioner("a.visitor", visitor, Set.of(Role.PRACTITIONER));

    protected abstract AuditTrail trail();

    /** A family Cradle holds, whose record {@code custodian} created. */
    protected abstract FamilyId familyHeldBy(OrganisationId custodian);

    @Test
    void an_auditor_reads_its_staffs_events_and_those_about_the_families_it_holds_oldest_first() {
        FamilyId held = familyHeldBy(holder);
        FamilyId elsewhere = familyHeldBy(visitor);
        AuditEvent ownRead = event(holderStaff, held, at("2026-03-01T09:00:00Z"));
        AuditEvent visitorReadsHeld = event(visitorStaff, held, at("2026-03-01T09:01:00Z"));
        AuditEvent visitorElsewhere = event(visitorStaff, elsewhere, at("2026-03-01T09:02:00Z"));
        transaction(() -> List.of(ownRead, visitorReadsHeld, visitorElsewhere).forEach(trail()::record));

        var forHolder = transaction(() -> trail().find(new AuditQuery(null, null, null, null, null), holder, ALL));
        var forVisitor = transaction(() -> trail().find(new AuditQuery(null, null, null, null, null), visitor, ALL));

        assertThat(forHolder.items()).extracting(AuditEvent::id).containsExactly(ownRead.id(), visitorReadsHeld.id());
        assertThat(forHolder.items().get(0)).isEqualTo(ownRead);
        assertThat(forVisitor.items())
                .extracting(AuditEvent::id)
                .containsExactly(visitorReadsHeld.id(), visitorElsewhere.id());
        assertThat(transaction(() -> trail().find(new AuditQuery(null, held, "a.visitor", null, null), visitor, ALL))
                        .items())
                .extracting(AuditEvent::id)
                .containsExactly(visitorReadsHeld.id());
        assertThat(transaction(() -> trail().find(
                                        new AuditQuery(
                                                null,
                                                null,
                                                null,
                                                at("2026-03-01T09:01:00Z"),
                                                at("2026-03-01T09:02:00Z")),
                                        visitor,
                                        ALL))
                        .items())
                .as("from inclusive, to not")
                .extracting(AuditEvent::id)
                .containsExactly(visitorReadsHeld.id());
    }

    @Test
    void who_saw_a_persons_record_is_answered_newest_first() {
        FamilyId family = familyHeldBy(holder);
        PersonId mother = PersonId.newId();
        AuditEvent first =
                event(holderStaff, family, at("2026-03-01T09:00:00Z")).about(mother, InformationCategory.BASIC_DETAILS);
        AuditEvent second = event(visitorStaff, family, at("2026-03-02T09:00:00Z"))
                .about(mother, InformationCategory.MENTAL_HEALTH);
        AuditEvent aboutSomeoneElse = event(visitorStaff, family, at("2026-03-03T09:00:00Z"))
                .about(PersonId.newId(), InformationCategory.BASIC_DETAILS);
        transaction(() -> List.of(first, second, aboutSomeoneElse).forEach(trail()::record));

        var accesses = transaction(() -> trail().accessesTo(mother, ALL));

        assertThat(accesses.items()).containsExactly(second, first);
        assertThat(accesses.totalItems()).isEqualTo(2);
    }

    @Test
    void events_recorded_together_keep_their_order_and_the_trail_pages_them_by_number() {
        FamilyId family = familyHeldBy(holder);
        Instant at = at("2026-03-05T09:00:00Z");
        // Recorded in one call, a page of reads: the same instant, so only the trail's order tells them apart.
        List<AuditEvent> page =
                List.of(event(holderStaff, family, at), event(holderStaff, family, at), event(holderStaff, family, at));
        transaction(() -> trail().record(page));
        AuditQuery ofFamily = new AuditQuery(null, family, null, null, null);

        var first = transaction(() -> trail().find(ofFamily, holder, new PageRequest(0, 2)));
        var second = transaction(() -> trail().find(ofFamily, holder, new PageRequest(1, 2)));

        assertThat(first.items()).containsExactly(page.get(0), page.get(1));
        assertThat(first.totalItems()).isEqualTo(3);
        assertThat(second.items()).containsExactly(page.get(2));
        assertThat(transaction(() -> trail().find(
                                        new AuditQuery(page.get(1).recordId(), null, null, null, null), holder, ALL))
                        .items())
                .as("by the record they are about")
                .containsExactly(page.get(1));
        assertThat(transaction(() -> trail().find(ofFamily, organisation("nobody"), ALL))
                        .items())
                .as("an organisation that neither holds the family nor did the reading")
                .isEmpty();
    }

    private static AuditEvent event(Actor actor, FamilyId family, Instant at) {
        return AuditEvent.of(actor, AuditAction.PERSON_READ, RecordType.PERSON, UUID.randomUUID(), family, at)
                .on(Ground.OWN_ORGANISATION);
    }
}
