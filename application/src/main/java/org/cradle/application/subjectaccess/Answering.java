package org.cradle.application.subjectaccess;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.subjectaccess.SubjectAccessExport;
import org.cradle.domain.subjectaccess.SubjectAccessExportId;

/** What the subject-access use cases share: who answers a request, whose export it is, whole lists. */
final class Answering {

    private Answering() {}

    /**
     * The permits to answer the person's request in every family the actor's organisation works with
     * them in, from {@code first}: the package is complete only when the actor sees everything the
     * organisation holds about the person in each, so a family where they do not is a refusal.
     */
    static Map<FamilyId, Permit> inEveryFamily(Access access, Actor actor, PersonId person, Permit first) {
        Map<FamilyId, Permit> permits = new LinkedHashMap<>();
        permits.put(first.family(), first);
        access.familiesSeeing(actor, person).forEach((family, relationship) -> {
            if (!permits.containsKey(family) && relationship.worksWith(person)) {
                permits.put(
                        family,
                        access.require(
                                actor,
                                new Need.AnswerSubjectAccess(person),
                                family,
                                RecordType.PERSON,
                                person.value()));
            }
        });
        return permits;
    }

    /**
     * The export, when it is the actor's organisation's: another organisation's is not found, exactly
     * as one that does not exist.
     */
    static SubjectAccessExport ownExport(
            Access access, Actor actor, Optional<SubjectAccessExport> export, SubjectAccessExportId id) {
        return access.found(
                actor,
                export.filter(e -> e.organisation().equals(actor.organisation())),
                RecordType.SUBJECT_ACCESS_EXPORT,
                id.value());
    }

    /** Every item of a paged list, a page at a time: a package holds all of them. */
    static <T> List<T> everyPage(Function<PageRequest, Page<T>> list) {
        List<T> all = new ArrayList<>();
        PageRequest request = new PageRequest(0, PageRequest.MAX_SIZE);
        while (true) {
            Page<T> page = list.apply(request);
            all.addAll(page.items());
            if (page.items().size() < request.size()) {
                return all;
            }
            request = new PageRequest(request.page() + 1, request.size());
        }
    }
}
