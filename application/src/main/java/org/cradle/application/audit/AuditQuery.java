package org.cradle.application.audit;

import java.time.Instant;
import java.util.UUID;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.Text;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.family.FamilyId;

/** Filters on the audit trail; each is optional and they combine with AND. */
public record AuditQuery(UUID recordId, FamilyId family, String actorSubject, Instant from, Instant to) {

    public static final int MAX_ACTOR_LENGTH = Actor.MAX_SUBJECT_LENGTH;

    public AuditQuery {
        actorSubject = Text.optional("actor", actorSubject, MAX_ACTOR_LENGTH);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidValueException("to", "not-before-from", "to must not be before from.");
        }
    }
}
