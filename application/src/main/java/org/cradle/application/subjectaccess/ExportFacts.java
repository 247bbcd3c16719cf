package org.cradle.application.subjectaccess;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.subjectaccess.SubjectAccessExport;

/**
 * The facts of an export: about the person, about the one who asked for them when another did, and
 * about each third party whose information goes into the package.
 */
final class ExportFacts {

    private ExportFacts() {}

    static List<Fact> aboutTheRequest(AuditAction action, SubjectAccessExport export) {
        List<Fact> facts = new ArrayList<>();
        facts.add(about(action, export, export.request().person()));
        if (export.request().onBehalf()) {
            facts.add(about(action, export, export.request().requester()));
        }
        return facts;
    }

    /** About each of {@code people}: third parties whose information the package holds, or now discloses. */
    static List<Fact> about(AuditAction action, SubjectAccessExport export, Collection<PersonId> people) {
        return people.stream().map(person -> about(action, export, person)).toList();
    }

    private static Fact about(AuditAction action, SubjectAccessExport export, PersonId person) {
        return Fact.of(action, RecordType.SUBJECT_ACCESS_EXPORT, export.id().value())
                .about(person, InformationCategory.BASIC_DETAILS);
    }
}
