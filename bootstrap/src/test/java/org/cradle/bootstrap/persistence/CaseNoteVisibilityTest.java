package org.cradle.bootstrap.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cradle.application.PageRequest;
import org.cradle.application.casenote.CaseNotes;
import org.cradle.bootstrap.api.Api;
import org.cradle.bootstrap.api.Tokens;
import org.cradle.domain.access.AccessPolicy;
import org.cradle.domain.access.Need;
import org.cradle.domain.access.Relationship;
import org.cradle.domain.access.VisibleRecords;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.actor.Practitioner;
import org.cradle.domain.actor.Role;
import org.cradle.domain.casenote.CaseNote;
import org.cradle.domain.casenote.CaseNoteId;
import org.cradle.domain.casenote.CaseNoteVersion;
import org.cradle.domain.casenote.NoteContent;
import org.cradle.domain.casenote.NoteKind;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.junit.jupiter.api.Test;

/**
 * The SQL filter of an episode's notes and the access policy's decision on each note agree, note by
 * note, for every kind of reader (author, practitioner, team manager, safeguarding lead; lead, on the
 * team or neither) on every ground (own organisation, referral, a recorded share, consent, break-glass):
 * notes of every category, held by the episode's organisation and by others, by this author and by
 * another, about one person and about two.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class CaseNoteVisibilityTest {

    private static final OrganisationId OWN = new OrganisationId("visibility-own");
    private static final OrganisationId REFERRER = new OrganisationId("visibility-referrer");
    private static final OrganisationId OTHER = new OrganisationId("visibility-other");
    /** 126 notes: two pages hold them all, and the second shows paging after filtering. */
    private static final PageRequest FIRST = new PageRequest(0, 100);

    private static final PageRequest SECOND = new PageRequest(1, 100);

    @Inject
    CaseNotes caseNotes;

    @Test
    void the_database_shows_exactly_the_notes_the_access_policy_lets_each_reader_see() {
        Api api = Api.withToken(Tokens.of("v.author", OWN.value(), "practitioner"));
        FamilyId family = FamilyId.parse(api.createFamily("Visibility household"));
        EpisodeId episode = EpisodeId.parse(api.openEpisode(family.toString()));
        PersonId infant = PersonId.newId();
        PersonId mother = PersonId.newId();
        List<CaseNote> notes = new ArrayList<>();
        Instant at = Instant.parse("2026-11-01T09:00:00Z");
        for (OrganisationId holder : List.of(OWN, REFERRER, OTHER)) {
            for (String author : List.of("v.author", "v.someone")) {
                for (InformationCategory category : InformationCategory.values()) {
                    for (Set<PersonId> about : List.of(Set.of(infant), Set.of(mother), ordered(infant, mother))) {
                        at = at.plusSeconds(1);
                        notes.add(note(episode, family, holder, author, category, about, at));
                    }
                }
            }
        }
        QuarkusTransaction.requiringNew().run(() -> notes.forEach(caseNotes::add));

        List<CaseNote> newestFirst = new ArrayList<>(notes);
        java.util.Collections.reverse(newestFirst);
        ReaderMatrix matrix = ReaderMatrix.of(OWN, REFERRER, OTHER, infant, mother);
        List<Actor> actors = matrix.actors();
        List<Relationship> relationships = matrix.relationships();

        int compared = 0;
        for (Actor actor : actors) {
            for (Relationship relationship : relationships) {
                VisibleRecords reader = AccessPolicy.visibleRecords(actor, relationship);
                List<CaseNoteId> expected = newestFirst.stream()
                        .filter(note -> AccessPolicy.decide(
                                        actor,
                                        new Need.SeeRecord(note.held(), Capability.READ_CASE_NOTES),
                                        relationship)
                                .allowed())
                        .map(CaseNote::id)
                        .toList();
                assertShown(episode, reader, expected, actor + " " + relationship);
                compared++;
            }
        }
        assertThat(compared).isEqualTo(actors.size() * relationships.size());

        VisibleRecords breakGlass = AccessPolicy.visibleRecords(
                new Practitioner("v.other", OWN, Set.of(Role.PRACTITIONER)), ReaderMatrix.breakGlass());
        assertShown(episode, breakGlass, newestFirst.stream().map(CaseNote::id).toList(), "break-glass");
    }

    /** The database shows exactly {@code expected}, in order, over two pages, and counts exactly them. */
    private void assertShown(EpisodeId episode, VisibleRecords reader, List<CaseNoteId> expected, String who) {
        var first = QuarkusTransaction.requiringNew().call(() -> caseNotes.ofEpisode(episode, reader, FIRST));
        var second = QuarkusTransaction.requiringNew().call(() -> caseNotes.ofEpisode(episode, reader, SECOND));
        List<CaseNote> shown = new ArrayList<>(first.items());
        shown.addAll(second.items());
        assertThat(shown).as(who).extracting(CaseNote::id).isEqualTo(expected);
        assertThat(first.totalItems()).as(who).isEqualTo(expected.size());
    }

    private static CaseNote note(
            EpisodeId episode,
            FamilyId family,
            OrganisationId holder,
            String author,
            InformationCategory category,
            Set<PersonId> about,
            Instant at) {
        return CaseNote.reconstitute(
                CaseNoteId.newId(),
                episode,
                family,
                holder,
                List.of(new CaseNoteVersion(
                        1, new NoteContent("Note.", category, NoteKind.FACT, about, Set.of()), author, at, null)));
    }

    private static Set<PersonId> ordered(PersonId... people) {
        return new LinkedHashSet<>(List.of(people));
    }
}
