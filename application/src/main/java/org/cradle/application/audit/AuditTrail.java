package org.cradle.application.audit;

import java.time.Instant;
import java.util.UUID;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.OrganisationId;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.AuditEvent;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.person.PersonId;

/** Where every read and write of personal data is recorded, in the transaction of the use case itself. */
public interface AuditTrail {

    void record(AuditEvent event);

    /** Records that {@code actor} did {@code action} to a record, at {@code at}. */
    default void record(
            Actor actor, AuditAction action, RecordType recordType, UUID recordId, FamilyId family, Instant at) {
        record(AuditEvent.of(actor, action, recordType, recordId, family, at));
    }

    /**
     * Events matching the query, oldest first, that an auditor of {@code organisation} may read: those
     * of its own staff and clients, and those about families it holds.
     */
    Page<AuditEvent> find(AuditQuery query, OrganisationId organisation, PageRequest page);

    /** Every access to a person's information, by anyone, newest first: "who saw my record". */
    Page<AuditEvent> accessesTo(PersonId person, PageRequest page);
}
