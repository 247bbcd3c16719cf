package org.cradle.domain.subjectaccess;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cradle.domain.audit.AuditEvent;
import org.cradle.domain.casenote.CaseNote;
import org.cradle.domain.casenote.CaseNoteVersion;
import org.cradle.domain.confidentiality.ConfidentialityNotice;
import org.cradle.domain.consent.Consent;
import org.cradle.domain.consent.ConsentVersion;
import org.cradle.domain.consent.Recipient;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodePeriod;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.Membership;
import org.cradle.domain.person.Person;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.sharing.Consultation;
import org.cradle.domain.sharing.ShareProposal;
import org.cradle.domain.sharing.SharingDecision;
import org.cradle.domain.sharing.Telling;

/**
 * Each kind of record as an item of a subject-access package: what it says, in labelled text, and
 * whom it concerns. People are named by name, as the person reading the package knows them ({@link
 * Names}): a name is information about that person, so every item that names someone other than the
 * requester concerns them too, and is withheld until a records officer reviews it (the one exception,
 * the family members a consent excludes, is the requester's own choice).
 */
public final class ExportItems {

    /** How the package names a person: by their name, or by their id if Cradle no longer holds them. */
    @FunctionalInterface
    public interface Names {
        String of(PersonId person);

        default List<String> of(java.util.Collection<PersonId> people) {
            return people.stream().map(this::of).toList();
        }
    }

    private ExportItems() {}

    public static ExportItem details(Person person) {
        var fields = new ExportItem.Fields()
                .add("givenName", person.name().givenName())
                .add("familyName", person.name().familyName())
                .add("dateOfBirth", person.lifeDates().dateOfBirth())
                .add("dateOfDeath", person.lifeDates().death())
                .add("nhsNumber", person.nhsNumber().map(n -> n.value()))
                .add("registeredAt", person.registeredAt());
        return new ExportItem(
                ItemKind.PERSON_DETAILS, person.id().value(), null, null, Set.of(person.id()), fields.list());
    }

    public static ExportItem membership(Family family, Membership membership) {
        var fields = new ExportItem.Fields()
                .add("family", family.name().value())
                .add("recordKeepingMode", family.recordKeepingMode())
                .add("role", membership.role())
                .add("livesWithChild", membership.livesWithChild())
                .add("parentalResponsibility", membership.parentalResponsibility())
                .add("joinedAt", membership.joinedAt());
        return new ExportItem(
                ItemKind.FAMILY_MEMBERSHIP,
                family.id().value(),
                null,
                family.id(),
                Set.of(membership.person()),
                fields.list());
    }

    /** An episode is about the family's work as a whole: it concerns no one in particular. */
    public static ExportItem episode(Episode episode) {
        var fields = new ExportItem.Fields()
                .add("organisation", episode.organisation().value())
                .add("serviceType", episode.serviceType())
                .add("leadPractitioner", episode.leadPractitioner().value())
                .add("openedOn", episode.openedOn())
                .add("closedOn", episode.closedOn())
                .add(
                        "periods",
                        episode.periods().stream().map(ExportItems::period).toList());
        return new ExportItem(ItemKind.EPISODE, episode.id().value(), null, episode.family(), Set.of(), fields.list());
    }

    public static ExportItem caseNote(CaseNote note, CaseNoteVersion version, Names names) {
        var fields = new ExportItem.Fields()
                .add("organisation", note.organisation().value())
                .add("episode", note.episode().value())
                .add("version", version.number())
                .add("writtenBy", version.author())
                .add("writtenAt", version.writtenAt())
                .add("kind", version.kind())
                .add("category", version.category())
                .add("about", names.of(version.about()))
                .add("mentions", names.of(version.mentions()))
                .add("text", version.text())
                .add("correctionReason", version.reason());
        Set<PersonId> concerns = new LinkedHashSet<>(version.about());
        concerns.addAll(version.mentions());
        return new ExportItem(
                ItemKind.CASE_NOTE, note.id().value(), version.number(), note.family(), concerns, fields.list());
    }

    /**
     * A consent version concerns its subject and whoever gave it for them; the family members it
     * excludes or names as recipients appear by id, as the subject's own choice.
     */
    public static ExportItem consent(Consent consent, ConsentVersion version, Names names) {
        var terms = version.terms();
        var fields = new ExportItem.Fields()
                .add("organisation", version.recordedFor().value())
                .add("version", version.number())
                .add("change", version.change())
                .add("decision", version.decision())
                .add("subject", names.of(consent.subject()))
                .add("grantor", names.of(consent.grantor()))
                .add("purposes", terms.purposes())
                .add(
                        "recipients",
                        terms.recipients().stream()
                                .map(recipient -> recipient(recipient, names))
                                .toList())
                .add("categories", terms.categories())
                .add("excludedFamilyMembers", names.of(terms.excludedFamilyMembers()))
                .add("notesKeptIn", terms.notesKeptIn())
                .add("method", terms.method())
                .add("effectiveFrom", version.effectiveFrom())
                .add("reviewBy", terms.reviewBy())
                .add("formReference", terms.form())
                .add("recordedBy", version.recordedBy())
                .add("recordedAt", version.recordedAt());
        return new ExportItem(
                ItemKind.CONSENT,
                consent.id().value(),
                version.number(),
                consent.family(),
                new LinkedHashSet<>(List.of(consent.subject(), consent.grantor())),
                fields.list());
    }

    public static ExportItem notice(ConfidentialityNotice notice) {
        var fields = new ExportItem.Fields()
                .add("organisation", notice.organisation().value())
                .add("givenOn", notice.givenOn())
                .add("method", notice.method())
                .add("givenBy", notice.givenBy().value())
                .add("revisitOn", notice.revisitOn())
                .add("recordedBy", notice.recordedBy())
                .add("recordedAt", notice.recordedAt());
        return new ExportItem(
                ItemKind.CONFIDENTIALITY_NOTICE,
                notice.id().value(),
                null,
                notice.family(),
                Set.of(notice.person()),
                fields.list());
    }

    /**
     * A decision concerns everyone it is about, and a family member it names as recipient; it says who of
     * them were told of it afterwards, and when.
     */
    public static ExportItem disclosure(SharingDecision decision, List<Telling> toldLater, Names names) {
        ShareProposal proposal = decision.proposal();
        var recipient = proposal.recipient();
        var fields = new ExportItem.Fields()
                .add("organisation", decision.organisation().value())
                .add("decidedBy", decision.decidedBy())
                .add("decidedAt", decision.decidedAt())
                .add("choice", decision.choice())
                .add("outcome", decision.advice().outcome())
                .add("purpose", proposal.purpose())
                .add("purposeStatement", proposal.purposeStatement())
                .add("about", names.of(proposal.subjects()))
                .add("categories", proposal.categories())
                .add(
                        "recipient",
                        recipient.familyMember() != null
                                ? "family member " + names.of(recipient.familyMember())
                                : recipient.organisation().value()
                                        + (recipient.role() == null ? "" : ", " + recipient.role())
                                        + (recipient.practitioner() == null ? "" : ", " + recipient.practitioner()))
                .add(
                        "lawfulBasis",
                        proposal.withoutConsent() == null
                                ? null
                                : proposal.withoutConsent().basis())
                .add(
                        "rationale",
                        proposal.withoutConsent() == null
                                ? null
                                : proposal.withoutConsent().rationale())
                .add("note", decision.note())
                .add("urgency", decision.urgency())
                .add("subjectsTold", decision.subjectsTold())
                .add("notToldReason", decision.notToldReason())
                .add(
                        "consulted",
                        decision.consulted().stream().map(Consultation::role).toList())
                .add("corrects", decision.corrects())
                .add("referral", decision.referral())
                .add(
                        "shared",
                        proposal.content().stream()
                                .map(item -> item.kind() + " (" + item.category() + ")"
                                        + (item.isCaseNote()
                                                ? " case note " + item.caseNote() + " version " + item.version()
                                                : "")
                                        + (item.description() == null ? "" : " — " + item.description()))
                                .toList())
                .add(
                        "toldLater",
                        toldLater.stream()
                                .map(telling -> names.of(telling.person()) + " on " + telling.toldOn())
                                .toList());
        Set<PersonId> concerns = new LinkedHashSet<>(proposal.subjects());
        if (recipient.familyMember() != null) {
            concerns.add(recipient.familyMember());
        }
        return new ExportItem(
                ItemKind.DISCLOSURE, decision.id().value(), null, decision.family(), concerns, fields.list());
    }

    /**
     * One access to the person's information, from the audit trail: "who saw my record". Like the
     * person's details it is not one family's record: the family it was in is one of its fields.
     */
    public static ExportItem access(AuditEvent event) {
        var fields = new ExportItem.Fields()
                .add("occurredAt", event.occurredAt())
                .add("family", event.familyId().map(family -> family.value()))
                .add("actor", event.actorSubject())
                .add("actorKind", event.actorKind())
                .add("organisation", event.actorOrganisation().value())
                .add("action", event.action())
                .add("recordType", event.recordType())
                .add("recordId", event.recordId())
                .add("category", event.category())
                .add("ground", event.ground());
        return new ExportItem(
                ItemKind.ACCESS,
                event.id(),
                null,
                null,
                event.personId().map(Set::of).orElse(Set.of()),
                fields.list());
    }

    private static String period(EpisodePeriod period) {
        return period.openedOn() + " to " + period.closed().map(String::valueOf).orElse("now")
                + (period.closeReason() == null ? "" : " (" + period.closeReason() + ")");
    }

    private static String recipient(Recipient recipient, Names names) {
        List<String> parts = new java.util.ArrayList<>();
        parts.add(recipient.kind().name());
        recipient.organisationNamed().ifPresent(o -> parts.add(o.value()));
        if (recipient.role() != null) {
            parts.add(recipient.role().name());
        }
        if (recipient.practitioner() != null) {
            parts.add(recipient.practitioner());
        }
        if (recipient.familyMember() != null) {
            parts.add(names.of(recipient.familyMember()));
        }
        return parts.stream().collect(Collectors.joining(" "));
    }
}
