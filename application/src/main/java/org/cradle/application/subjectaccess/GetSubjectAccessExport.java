package org.cradle.application.subjectaccess;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.PageRequest;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.subjectaccess.SubjectAccessExport;
import org.cradle.domain.subjectaccess.SubjectAccessExportId;

/**
 * Shows an export's state and a page of its redactions — what is marked, why, and how it was reviewed,
 * never what the items say — to the organisation that prepared it (capability
 * {@code READ_SUBJECT_ACCESS_EXPORTS}: its practitioners and records officers who see the person).
 */
@ApplicationScoped
public class GetSubjectAccessExport {

    private final Access access;
    private final SubjectAccessExports exports;

    public GetSubjectAccessExport(Access access, SubjectAccessExports exports) {
        this.access = access;
        this.exports = exports;
    }

    @Transactional
    public ExportDetails get(Actor actor, SubjectAccessExportId id, PageRequest redactions) {
        SubjectAccessExport export = Answering.ownExport(access, actor, exports.find(id), id);
        Permit permit = access.requireForPerson(
                actor,
                person -> new Need.SeePerson(person, Capability.READ_SUBJECT_ACCESS_EXPORTS),
                export.request().person());
        permit.handOver(ExportFacts.aboutTheRequest(AuditAction.SUBJECT_ACCESS_EXPORT_READ, export));
        return new ExportDetails(export, exports.redactionsOf(id, redactions));
    }
}
