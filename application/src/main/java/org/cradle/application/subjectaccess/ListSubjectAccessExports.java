package org.cradle.application.subjectaccess;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.subjectaccess.SubjectAccessExport;

/**
 * Lists the actor's organisation's exports, oldest prepared first, optionally in one state (capability
 * {@code READ_SUBJECT_ACCESS_EXPORTS}): one person's, to those who see the person; all of them — the
 * review queue — to records officers only. Each listed is audited as read.
 */
@ApplicationScoped
public class ListSubjectAccessExports {

    private final Access access;
    private final SubjectAccessExports exports;

    public ListSubjectAccessExports(Access access, SubjectAccessExports exports) {
        this.access = access;
        this.exports = exports;
    }

    @Transactional
    public Page<SubjectAccessExport> list(Actor actor, ExportQuery query, PageRequest page) {
        Permit permit = query.person() == null
                ? access.require(actor, Capability.REVIEW_SUBJECT_ACCESS)
                : access.requireForPerson(
                        actor,
                        person -> new Need.SeePerson(person, Capability.READ_SUBJECT_ACCESS_EXPORTS),
                        query.person());
        Page<SubjectAccessExport> found = exports.of(actor.organisation(), query, page);
        permit.handOver(found.items().stream()
                .flatMap(export -> ExportFacts.aboutTheRequest(AuditAction.SUBJECT_ACCESS_EXPORT_READ, export).stream())
                .toList());
        return found;
    }
}
