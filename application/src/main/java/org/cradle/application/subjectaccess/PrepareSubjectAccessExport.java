package org.cradle.application.subjectaccess;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.cradle.application.PageRequest;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.application.audit.AuditTrail;
import org.cradle.application.casenote.CaseNotes;
import org.cradle.application.confidentiality.ConfidentialityNotices;
import org.cradle.application.consent.Consents;
import org.cradle.application.episode.Episodes;
import org.cradle.application.family.Families;
import org.cradle.application.person.People;
import org.cradle.application.sharing.DisclosureQuery;
import org.cradle.application.sharing.SharingDecisions;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.access.AccessDecision;
import org.cradle.domain.access.HeldRecord;
import org.cradle.domain.access.Need;
import org.cradle.domain.access.VisibleRecords;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.casenote.CaseNote;
import org.cradle.domain.casenote.CaseNoteVersion;
import org.cradle.domain.consent.Consent;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.family.FamilyRole;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.subjectaccess.ExportItem;
import org.cradle.domain.subjectaccess.ExportItems;
import org.cradle.domain.subjectaccess.RedactionRules;
import org.cradle.domain.subjectaccess.SubjectAccessExport;
import org.cradle.domain.subjectaccess.SubjectAccessExportId;
import org.cradle.domain.subjectaccess.SubjectAccessRequest;

/**
 * Prepares a person's subject-access export (capability {@code PREPARE_SUBJECT_ACCESS}): everything the
 * actor's organisation holds about them, read through the access policy as the actor sees it — their
 * details, family memberships, episodes, case notes (each version), consents (each version),
 * confidentiality notices, the disclosure log and who saw their record — stored as it reads now, with
 * third-party information marked for a records officer to review. Only someone who sees all the
 * organisation holds about the person may prepare it ({@code Need.AnswerSubjectAccess}).
 */
@ApplicationScoped
public class PrepareSubjectAccessExport {

    /** The request: whose information, who asked (the person, or a parent for their infant), received when. */
    public record Command(SubjectAccessRequest request) {
        public Command {
            Objects.requireNonNull(request, "request");
        }
    }

    /** One item with its record as the access policy knows it, for the redaction rules. */
    private record Gathered(ExportItem item, HeldRecord held) {}

    private final Access access;
    private final People people;
    private final Families families;
    private final Episodes episodes;
    private final CaseNotes caseNotes;
    private final Consents consents;
    private final ConfidentialityNotices notices;
    private final SharingDecisions sharingDecisions;
    private final AuditTrail auditTrail;
    private final SubjectAccessExports exports;
    private final Clock clock;

    public PrepareSubjectAccessExport(
            Access access,
            People people,
            Families families,
            Episodes episodes,
            CaseNotes caseNotes,
            Consents consents,
            ConfidentialityNotices notices,
            SharingDecisions sharingDecisions,
            AuditTrail auditTrail,
            SubjectAccessExports exports,
            Clock clock) {
        this.access = access;
        this.people = people;
        this.families = families;
        this.episodes = episodes;
        this.caseNotes = caseNotes;
        this.consents = consents;
        this.notices = notices;
        this.sharingDecisions = sharingDecisions;
        this.auditTrail = auditTrail;
        this.exports = exports;
        this.clock = clock;
    }

    @Transactional
    public ExportDetails prepare(Actor actor, Command command) {
        SubjectAccessRequest request = command.request();
        PersonId person = request.person();
        Permit first = access.requireForPerson(actor, Need.AnswerSubjectAccess::new, person);
        Map<FamilyId, Permit> permits = Answering.inEveryFamily(access, actor, person, first);
        Map<FamilyId, Family> held = new java.util.LinkedHashMap<>();
        permits.keySet().forEach(family -> held.put(family, families.require(family)));
        requireParentalResponsibility(request, held.values());

        List<Gathered> gathered = gather(actor, person, permits, held);
        Map<FamilyId, Function<HeldRecord, AccessDecision>> showing = new java.util.LinkedHashMap<>();
        permits.keySet()
                .forEach(family -> showing.put(
                        family,
                        access.showingTo(actor, family, request.requester(), Capability.PREPARE_SUBJECT_ACCESS)));
        Map<ExportItem, HeldRecord> records = new IdentityHashMap<>();
        gathered.forEach(g -> records.put(g.item(), g.held()));
        List<ExportItem> items = gathered.stream().map(Gathered::item).toList();
        SubjectAccessExport export = SubjectAccessExport.prepare(
                SubjectAccessExportId.newId(),
                request,
                actor,
                first.at(),
                LocalDate.ofInstant(first.at(), clock.getZone()),
                items,
                item -> RedactionRules.reasons(
                        item, records.get(item), request, actor.organisation(), shownIn(item, showing)));
        exports.add(export, items);

        first.handOver(ExportFacts.aboutTheRequest(AuditAction.SUBJECT_ACCESS_EXPORT_PREPARED, export));
        Set<PersonId> thirdParties = new LinkedHashSet<>();
        export.redactions().forEach(redaction -> thirdParties.addAll(redaction.thirdParties()));
        first.handOver(ExportFacts.about(AuditAction.SUBJECT_ACCESS_EXPORT_PREPARED, export, thirdParties));
        return new ExportDetails(
                export, exports.redactionsOf(export.id(), new PageRequest(0, PageRequest.DEFAULT_SIZE)));
    }

    /**
     * A parent asks for an infant or child: they must hold parental responsibility in a family where the
     * person is a child, among those the organisation works with them in.
     */
    private static void requireParentalResponsibility(SubjectAccessRequest request, Iterable<Family> families) {
        if (!request.onBehalf()) {
            return;
        }
        for (Family family : families) {
            boolean child = family.membershipOf(request.person())
                    .filter(m -> m.role() == FamilyRole.CHILD)
                    .isPresent();
            boolean parent = family.membershipOf(request.requester())
                    .filter(m -> m.parentalResponsibility())
                    .isPresent();
            if (child && parent) {
                return;
            }
        }
        throw new RuleViolationException(
                "requestedBy",
                "requester-without-parental-responsibility",
                "Only the person, or someone with parental responsibility for them as a child of a family your"
                        + " organisation works with, may ask for their information.");
    }

    /**
     * People as the package names them: given and family name, read once each; the id of someone Cradle
     * no longer holds. Every item naming anyone but the requester concerns them, so their names are
     * withheld with the item until a records officer reviews it.
     */
    private ExportItems.Names names() {
        Map<PersonId, String> known = new java.util.HashMap<>();
        return person -> known.computeIfAbsent(person, id -> people.find(id)
                .map(found -> found.name().givenName() + " " + found.name().familyName())
                .orElse(id.toString()));
    }

    /** Everything the organisation holds about the person, as the actor sees it, in the package's order. */
    private List<Gathered> gather(
            Actor actor, PersonId person, Map<FamilyId, Permit> permits, Map<FamilyId, Family> held) {
        List<Gathered> items = new ArrayList<>();
        ExportItems.Names names = names();
        HeldRecord aboutThePerson = HeldRecord.details(actor.organisation(), Set.of(person));
        items.add(new Gathered(ExportItems.details(people.require(person)), aboutThePerson));
        held.values().forEach(family -> family.membershipOf(person)
                .ifPresent(membership ->
                        items.add(new Gathered(ExportItems.membership(family, membership), aboutThePerson))));
        permits.forEach((family, permit) -> Answering.everyPage(
                        page -> episodes.ofFamily(family, permit.visibleRecords(), page))
                .forEach(episode -> items.add(new Gathered(ExportItems.episode(episode), episode.held()))));
        permits.forEach((family, permit) -> {
            VisibleRecords visible = permit.visibleRecords();
            for (CaseNote note : Answering.everyPage(page -> caseNotes.concerning(person, family, visible, page))) {
                for (CaseNoteVersion version : note.versions()) {
                    boolean concerns = version.about().contains(person)
                            || version.mentions().contains(person);
                    if (concerns && visible.sees(note.held(version))) {
                        items.add(new Gathered(ExportItems.caseNote(note, version, names), note.held(version)));
                    }
                }
            }
        });
        Predicate<Consent> seen = access.recordsSeen(actor, person, Consent::family, HeldRecord::of);
        consents.ofSubject(person).stream()
                .filter(consent -> permits.containsKey(consent.family()) && seen.test(consent))
                .forEach(consent -> consent.versions()
                        .forEach(version -> items.add(
                                new Gathered(ExportItems.consent(consent, version, names), HeldRecord.of(consent)))));
        permits.forEach((family, permit) ->
                Answering.everyPage(page -> notices.ofFamily(family, permit.visibleRecords(), page)).stream()
                        .filter(notice -> notice.person().equals(person))
                        .forEach(notice -> items.add(new Gathered(ExportItems.notice(notice), notice.held()))));
        Answering.everyPage(page -> sharingDecisions.find(
                        new DisclosureQuery(person, null, null, null, null), actor.organisation(), page))
                .forEach(decision -> {
                    ExportItem item = ExportItems.disclosure(decision, sharingDecisions.tellings(decision.id()), names);
                    items.add(new Gathered(item, HeldRecord.details(actor.organisation(), item.concerns())));
                });
        Answering.everyPage(page -> auditTrail.accessesTo(person, page))
                .forEach(event -> items.add(new Gathered(ExportItems.access(event), aboutThePerson)));
        return items;
    }

    /**
     * Whether the access policy shows a record to the requester: in the item's family, or, for what is
     * not one family's (the person's details, who saw them), in every family the package covers.
     */
    private static Function<HeldRecord, AccessDecision> shownIn(
            ExportItem item, Map<FamilyId, Function<HeldRecord, AccessDecision>> showing) {
        Function<HeldRecord, AccessDecision> inFamily =
                item.familyId().map(showing::get).orElse(null);
        if (inFamily != null) {
            return inFamily;
        }
        return record -> showing.values().stream()
                .map(show -> show.apply(record))
                .filter(decision -> !decision.allowed())
                .findFirst()
                .orElseGet(() -> showing.values().iterator().next().apply(record));
    }
}
