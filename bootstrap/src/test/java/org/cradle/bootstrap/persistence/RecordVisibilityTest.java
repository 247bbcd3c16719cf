package org.cradle.bootstrap.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cradle.application.PageRequest;
import org.cradle.application.confidentiality.ConfidentialityNotices;
import org.cradle.application.episode.Episodes;
import org.cradle.bootstrap.api.Api;
import org.cradle.bootstrap.api.NhsNumbers;
import org.cradle.bootstrap.api.Tokens;
import org.cradle.domain.access.AccessPolicy;
import org.cradle.domain.access.HeldRecord;
import org.cradle.domain.access.Need;
import org.cradle.domain.access.Relationship;
import org.cradle.domain.access.VisibleRecords;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.actor.Practitioner;
import org.cradle.domain.actor.Role;
import org.cradle.domain.confidentiality.ConfidentialityNotice;
import org.cradle.domain.confidentiality.ConfidentialityNoticeId;
import org.cradle.domain.confidentiality.NoticeMethod;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.episode.PractitionerRef;
import org.cradle.domain.episode.ServiceType;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.junit.jupiter.api.Test;

/**
 * {@code VisibilityFilter}, the access policy as JPQL for records of basic details, and the policy's own
 * decision on each record agree, record by record, for every kind of reader and ground the policy tells
 * apart ({@link ReaderMatrix}): a family's episodes (records about the family as a whole) and its
 * confidentiality notices (records about one person), held by the family's organisation, one that
 * referred people to the reader's, and one that shared with it.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class RecordVisibilityTest {

    private static final OrganisationId OWN = new OrganisationId("records-own");
    private static final OrganisationId REFERRER = new OrganisationId("records-referrer");
    private static final OrganisationId OTHER = new OrganisationId("records-other");
    private static final PageRequest ALL = new PageRequest(0, 100);

    @Inject
    Episodes episodes;

    @Inject
    ConfidentialityNotices notices;

    @Test
    void the_database_lists_exactly_the_episodes_and_notices_the_access_policy_lets_each_reader_see() {
        Api api = Api.withToken(Tokens.of("v.author", OWN.value(), "practitioner"));
        FamilyId family = FamilyId.parse(api.createFamily("Record visibility household"));
        PersonId mother =
                PersonId.parse(api.addNewPerson(family.toString(), person("Ada", "1994-04-04"), "MOTHER", true));
        PersonId infant =
                PersonId.parse(api.addNewPerson(family.toString(), person("Cy", "2026-06-06"), "CHILD", false));
        LocalDate day = LocalDate.parse("2026-11-01");
        Instant at = Instant.parse("2026-11-01T09:00:00Z");
        List<Episode> held = new ArrayList<>();
        List<ConfidentialityNotice> given = new ArrayList<>();
        for (OrganisationId holder : List.of(OWN, REFERRER, OTHER)) {
            held.add(Episode.open(
                    EpisodeId.newId(),
                    family,
                    ServiceType.EARLY_HELP,
                    holder,
                    new PractitionerRef("v.lead"),
                    day,
                    day,
                    at));
            for (PersonId person : List.of(mother, infant)) {
                given.add(ConfidentialityNotice.reconstitute(
                        ConfidentialityNoticeId.newId(),
                        family,
                        person,
                        day,
                        NoticeMethod.WRITTEN,
                        new PractitionerRef("v.author"),
                        day.plusMonths(6),
                        holder,
                        "v.author",
                        at));
            }
        }
        QuarkusTransaction.requiringNew().run(() -> {
            held.forEach(episodes::add);
            given.forEach(notices::add);
        });

        ReaderMatrix matrix = ReaderMatrix.of(OWN, REFERRER, OTHER, infant, mother);
        List<Relationship> relationships = new ArrayList<>(matrix.relationships());
        relationships.add(ReaderMatrix.breakGlass());
        int compared = 0;
        for (Actor actor : matrix.actors()) {
            for (Relationship relationship : relationships) {
                VisibleRecords reader = AccessPolicy.visibleRecords(actor, relationship);
                String who = actor + " " + relationship;
                var listedEpisodes =
                        QuarkusTransaction.requiringNew().call(() -> episodes.ofFamily(family, reader, ALL));
                assertThat(ids(listedEpisodes.items(), Episode::id))
                        .as("episodes for " + who)
                        .isEqualTo(seen(actor, relationship, held, Episode::held, Episode::id));
                assertThat(listedEpisodes.totalItems())
                        .as(who)
                        .isEqualTo(listedEpisodes.items().size());
                var listedNotices = QuarkusTransaction.requiringNew().call(() -> notices.ofFamily(family, reader, ALL));
                assertThat(ids(listedNotices.items(), ConfidentialityNotice::id))
                        .as("notices for " + who)
                        .isEqualTo(seen(
                                actor, relationship, given, ConfidentialityNotice::held, ConfidentialityNotice::id));
                assertThat(listedNotices.totalItems())
                        .as(who)
                        .isEqualTo(listedNotices.items().size());
                compared++;
            }
        }
        assertThat(compared).isEqualTo(matrix.actors().size() * relationships.size());
        // not trivially equal: a referred organisation sees its own and the referrer's notices, not the others'
        Actor practitioner = new Practitioner("v.reader", OWN, Set.of(Role.PRACTITIONER));
        Relationship referred = matrix.relationships().get(2);
        assertThat(seen(practitioner, referred, given, ConfidentialityNotice::held, ConfidentialityNotice::id))
                .hasSize(4);
    }

    /** The ids of the records the access policy lets the actor see, one by one. */
    private static <T> Set<Object> seen(
            Actor actor,
            Relationship relationship,
            List<T> records,
            Function<T, HeldRecord> heldOf,
            Function<T, Object> idOf) {
        return records.stream()
                .filter(record -> AccessPolicy.decide(
                                actor,
                                new Need.SeeRecord(heldOf.apply(record), Capability.READ_FAMILY_RECORDS),
                                relationship)
                        .allowed())
                .map(idOf)
                .collect(Collectors.toSet());
    }

    private static <T> Set<Object> ids(List<T> records, Function<T, ?> idOf) {
        return records.stream().map(idOf).collect(Collectors.toSet());
    }

    private static Map<String, Object> person(String given, String born) {
        return Map.of(
                "givenName",
                given,
                "familyName",
                "Visible-" + UUID.randomUUID().toString().substring(0, 6),
                "dateOfBirth",
                born,
                "nhsNumber",
                NhsNumbers.fresh());
    }
}
