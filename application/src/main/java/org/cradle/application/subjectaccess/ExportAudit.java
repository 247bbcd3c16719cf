package org.cradle.application.subjectaccess;

import java.util.Collection;
import org.cradle.application.access.Permit;
import org.cradle.application.audit.AuditTrail;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.subjectaccess.SubjectAccessExport;

/**
 * The audit events of an export: about the person, about the one who asked for them when another did,
 * and about each third party whose information goes into the package.
 */
final class ExportAudit {

    private ExportAudit() {}

    static void aboutTheRequest(AuditTrail trail, Permit permit, AuditAction action, SubjectAccessExport export) {
        about(trail, permit, action, export, export.request().person());
        if (export.request().onBehalf()) {
            about(trail, permit, action, export, export.request().requester());
        }
    }

    /** About each of {@code people}: third parties whose information the package holds, or now discloses. */
    static void about(
            AuditTrail trail,
            Permit permit,
            AuditAction action,
            SubjectAccessExport export,
            Collection<PersonId> people) {
        people.forEach(person -> about(trail, permit, action, export, person));
    }

    private static void about(
            AuditTrail trail, Permit permit, AuditAction action, SubjectAccessExport export, PersonId person) {
        trail.record(permit.event(
                action,
                RecordType.SUBJECT_ACCESS_EXPORT,
                export.id().value(),
                person,
                InformationCategory.BASIC_DETAILS));
    }
}
