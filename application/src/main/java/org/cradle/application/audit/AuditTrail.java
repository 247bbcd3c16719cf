package org.cradle.application.audit;

import java.util.List;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.domain.audit.AuditEvent;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;

/** Where every read and write of personal data is recorded, in the transaction of the use case itself. */
public interface AuditTrail {

    void record(AuditEvent event);

    /** Records events together, in their order: a page of records read is one write, not one per record. */
    default void record(List<AuditEvent> events) {
        events.forEach(this::record);
    }

    /**
     * Events matching the query, oldest first, that an auditor of {@code organisation} may read: those
     * of its own staff and clients, and those about families it holds.
     */
    Page<AuditEvent> find(AuditQuery query, OrganisationId organisation, PageRequest page);

    /** Every access to a person's information, by anyone, newest first: "who saw my record". */
    Page<AuditEvent> accessesTo(PersonId person, PageRequest page);
}
