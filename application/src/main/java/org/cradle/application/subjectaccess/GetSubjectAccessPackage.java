package org.cradle.application.subjectaccess;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.subjectaccess.SubjectAccessExport;
import org.cradle.domain.subjectaccess.SubjectAccessExportId;

/**
 * The released package of the organisation's export, to give to the person (capability
 * {@code PREPARE_SUBJECT_ACCESS}): withheld items are markers. It holds everything the organisation
 * holds about the person, so it goes only to those who may prepare one — who see all of that already.
 */
@ApplicationScoped
public class GetSubjectAccessPackage {

    private final Access access;
    private final SubjectAccessExports exports;

    public GetSubjectAccessPackage(Access access, SubjectAccessExports exports) {
        this.access = access;
        this.exports = exports;
    }

    @Transactional
    public ReleasedPackage get(Actor actor, SubjectAccessExportId id) {
        SubjectAccessExport export = Answering.ownExport(access, actor, exports.find(id), id);
        PersonId person = export.request().person();
        Permit permit = access.requireForPerson(actor, Need.AnswerSubjectAccess::new, person);
        Answering.inEveryFamily(access, actor, person, permit);
        ReleasedPackage released = new ReleasedPackage(export, export.releasedPackage(exports.itemsOf(id)));
        permit.handOver(ExportFacts.aboutTheRequest(AuditAction.SUBJECT_ACCESS_PACKAGE_READ, export));
        return released;
    }
}
