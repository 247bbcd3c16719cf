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
 * Releases the organisation's export to the person once every redaction is reviewed (capability
 * {@code REVIEW_SUBJECT_ACCESS}): it records who released it and when, and never changes after.
 */
@ApplicationScoped
public class ReleaseSubjectAccessExport {

    private final Access access;
    private final SubjectAccessExports exports;

    public ReleaseSubjectAccessExport(Access access, SubjectAccessExports exports) {
        this.access = access;
        this.exports = exports;
    }

    @Transactional
    public ExportDetails release(Actor actor, SubjectAccessExportId id) {
        SubjectAccessExport export = Answering.ownExport(access, actor, exports.findForChange(id), id);
        Permit permit = access.requireForPerson(
                actor,
                person -> new Need.SeePerson(person, Capability.REVIEW_SUBJECT_ACCESS),
                export.request().person());
        export.release(actor, permit.at());
        exports.update(export);
        permit.handOver(ExportFacts.aboutTheRequest(AuditAction.SUBJECT_ACCESS_EXPORT_RELEASED, export));
        return new ExportDetails(export, exports.redactionsOf(id, new PageRequest(0, PageRequest.DEFAULT_SIZE)));
    }
}
