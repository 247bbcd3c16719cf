package org.cradle.application.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.application.episode.Episodes;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.retention.HoldScope;
import org.cradle.domain.retention.LegalHold;

/**
 * A records officer places a legal hold on their organisation's records: a family's, a person's, an
 * episode's, or all created before a date. What it names must be a record the organisation holds; an
 * unknown or another organisation's record is refused as unknown, so a hold cannot be used to learn
 * what exists elsewhere.
 */
@ApplicationScoped
public class PlaceLegalHold {

    public record Command(HoldScope scope, String reason, String authority, LocalDate endsOn) {}

    private final Access access;
    private final Episodes episodes;
    private final LegalHolds holds;
    private final Schedules schedules;

    public PlaceLegalHold(Access access, Episodes episodes, LegalHolds holds, Schedules schedules) {
        this.access = access;
        this.episodes = episodes;
        this.holds = holds;
        this.schedules = schedules;
    }

    @Transactional
    public LegalHold place(Actor actor, Command command) {
        Permit permit = permitFor(actor, command.scope());
        LegalHold hold = LegalHold.place(
                actor.organisation(),
                command.scope(),
                command.reason(),
                command.authority(),
                command.endsOn(),
                actor.subject(),
                permit.at(),
                schedules.today());
        holds.add(hold);
        if (command.scope() instanceof HoldScope.Person person) {
            permit.handOver(Fact.of(
                            AuditAction.LEGAL_HOLD_PLACED,
                            RecordType.LEGAL_HOLD,
                            hold.id().value())
                    .about(person.person(), InformationCategory.BASIC_DETAILS));
        } else {
            permit.handOver(Fact.of(
                    AuditAction.LEGAL_HOLD_PLACED,
                    RecordType.LEGAL_HOLD,
                    hold.id().value()));
        }
        return hold;
    }

    /** The scope must name a record the actor's organisation holds: an unknown or hidden one answers 404. */
    private Permit permitFor(Actor actor, HoldScope scope) {
        if (scope instanceof HoldScope.Family family) {
            return access.require(actor, new Need.SeeFamily(Capability.MANAGE_RETENTION), family.family());
        }
        if (scope instanceof HoldScope.Person person) {
            return access.requireForPerson(
                    actor, p -> new Need.SeePerson(p, Capability.MANAGE_RETENTION), person.person());
        }
        if (scope instanceof HoldScope.Episode episode) {
            EpisodeId id = new EpisodeId(episode.episode());
            Episode held = access.found(actor, episodes.find(id), RecordType.EPISODE, id.value());
            return access.require(
                    actor, new Need.SeeRetention(held.held()), held.family(), RecordType.EPISODE, id.value());
        }
        return access.require(actor, Capability.MANAGE_RETENTION);
    }
}
