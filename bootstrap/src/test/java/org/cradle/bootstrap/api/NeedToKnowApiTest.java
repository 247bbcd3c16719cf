package org.cradle.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cradle.bootstrap.api.MembershipApiTest.person;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Need to know, tried as a second organisation would: south-council against north-council's family.
 * Every abuse the access issue found is refused, and exactly as if the family did not exist.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class NeedToKnowApiTest {

    @Inject
    DataSource dataSource;

    private final Api north = Api.withToken(Tokens.of("p.north", Tokens.NORTH, "practitioner"));
    private final Api south = Api.withToken(Tokens.of("p.south", Tokens.SOUTH, "practitioner"));
    private final Api northAuditor = Api.withToken(Tokens.of("a.north", Tokens.NORTH, "auditor"));

    @Test
    void another_organisation_finds_nothing_of_a_family_it_does_not_work_with_and_changes_nothing() throws Exception {
        Household household = Household.workedWithBy(north, "Northern household", "Need");
        String episode = north.get("/families/{id}/episodes", household.family())
                .extract()
                .path("items[0].id");
        String consent = north.post(
                        "/families/{id}/consents", Household.ownConsent(household.mother()), household.family())
                .statusCode(201)
                .extract()
                .path("id");
        String nhsNumber =
                north.get("/people/{id}", household.mother()).extract().path("nhsNumber");
        long[] before = counts();

        south.get("/families/{id}", household.family())
                .statusCode(404)
                .body("detail", equalTo("No family with id " + household.family() + "."));
        south.get("/people/{id}", household.mother()).statusCode(404);
        south.get("/families?nhsNumber={n}", nhsNumber).statusCode(200).body("totalItems", equalTo(0));
        south.get("/families?name=Northern").statusCode(200).body("items.id", not(hasItem(household.family())));
        south.put(
                        "/families/{id}",
                        Map.of("name", "Renamed", "recordKeepingMode", "INFANT", "version", 3),
                        household.family())
                .statusCode(404);
        south.put(
                        "/families/{f}/members/{p}",
                        Map.of("role", "MOTHER", "livesWithChild", true, "parentalResponsibility", false, "version", 3),
                        household.family(),
                        household.mother())
                .statusCode(404);
        south.put(
                        "/people/{id}",
                        Map.of(
                                "givenName", "Ada",
                                "familyName", "Need",
                                "dateOfBirth", "1994-04-04",
                                "nhsNumber", NhsNumbers.fresh(),
                                "version", 0),
                        household.mother())
                .statusCode(404);
        south.post("/episodes/{id}/closure", Map.of("closedOn", "2026-02-01", "version", 0), episode)
                .statusCode(404);
        south.post("/episodes/{id}/reopening", Map.of("reopenedOn", "2026-02-01", "version", 0), episode)
                .statusCode(404);
        south.post(
                        "/families/{id}/episodes",
                        Map.of(
                                "serviceType", "EARLY_HELP",
                                "leadPractitioner", "p.south",
                                "openedOn", "2026-01-01"),
                        household.family())
                .statusCode(404);
        south.get("/families/{id}/consents", household.family()).statusCode(404);
        south.get("/consents/{id}", consent).statusCode(404);
        south.post("/consents/{id}/withdrawal", Map.of("version", 1), consent).statusCode(404);

        assertThat(counts()).isEqualTo(before);
        north.post("/families/{id}/consents", Household.ownConsent(household.father()), household.family())
                .statusCode(201);
    }

    @Test
    void every_refusal_is_on_the_trail_as_access_denied_with_no_personal_data() {
        Household household = Household.workedWithBy(north, "Probed household", "Need");

        south.get("/families/{id}", household.family()).statusCode(404);
        Api.withToken(Tokens.of("x.south", Tokens.SOUTH, "auditor"))
                .get("/families/{id}", household.family())
                .statusCode(403);

        northAuditor
                .get("/audit-events?familyId={id}", household.family())
                .statusCode(200)
                .body("items.findAll { it.action == 'ACCESS_DENIED' }.actorSubject", contains("p.south"))
                .body("items.findAll { it.action == 'ACCESS_DENIED' }.personId", contains((Object) null));
        Api.withToken(Tokens.of("a.south", Tokens.SOUTH, "auditor"))
                .get("/audit-events?actor=x.south")
                .statusCode(200)
                .body("items.action", contains("ACCESS_DENIED"))
                .body("items.recordType", contains("OPERATION"));
    }

    @Test
    void a_referred_organisation_sees_the_people_its_referral_names_and_may_open_its_episode_but_not_change_the_family()
            throws Exception {
        Household household = Household.workedWithBy(north, "Referred household", "Need");
        String consent = north.post(
                        "/families/{id}/consents", Household.ownConsent(household.mother()), household.family())
                .statusCode(201)
                .extract()
                .path("id");
        Involvement.referred(north, household, Tokens.SOUTH, household.child(), household.mother());

        south.get("/families/{id}", household.family())
                .statusCode(200)
                .body(
                        "members.personId",
                        org.hamcrest.Matchers.containsInAnyOrder(household.child(), household.mother()));
        south.get("/people/{id}", household.father()).statusCode(404);
        south.get("/consents/{id}", consent).statusCode(200);
        south.post("/consents/{id}/withdrawal", Map.of("version", 1), consent)
                .statusCode(403)
                .body("detail", containsString("Only north-council, which holds this record, may change it."));
        south.put(
                        "/families/{id}",
                        Map.of("name", "Renamed", "recordKeepingMode", "INFANT", "version", 3),
                        household.family())
                .statusCode(403);
        south.openEpisode(household.family());
        south.get("/families/{id}/episodes", household.family()).statusCode(200).body("totalItems", equalTo(2));
        north.get("/families/{id}/episodes", household.family()).statusCode(200).body("totalItems", equalTo(1));
        northAuditor
                .get("/audit-events?recordId={id}&actor=p.south", household.mother())
                .body("items.ground", hasItem("REFERRAL"));
    }

    @Test
    void a_persons_consent_naming_the_referred_organisation_shows_them_too_on_the_ground_of_consent() throws Exception {
        Api.as("admin")
                .put("/organisations/{code}", Map.of("name", "South Council"), Tokens.SOUTH)
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        Household household = Household.workedWithBy(north, "Consenting household", "Need");
        Involvement.referred(north, household, Tokens.SOUTH, household.child());
        south.get("/people/{id}", household.mother()).statusCode(404);
        Map<String, Object> toSouth = Household.ownConsent(household.mother());
        toSouth.put("recipients", java.util.List.of(Map.of("kind", "ORGANISATION", "organisation", Tokens.SOUTH)));
        north.post("/families/{id}/consents", toSouth, household.family()).statusCode(201);

        south.get("/people/{id}", household.mother()).statusCode(200);
        south.get("/families/{id}", household.family())
                .statusCode(200)
                .body(
                        "members.personId",
                        org.hamcrest.Matchers.containsInAnyOrder(household.child(), household.mother()));
        south.get("/people/{id}", household.father()).statusCode(404);
        northAuditor
                .get("/audit-events?recordId={id}&actor=p.south", household.mother())
                .body("items.findAll { it.action == 'PERSON_READ' }.ground", hasItem("CONSENT"));
    }

    @Test
    void an_organisations_list_counts_exactly_the_families_it_works_with() {
        String organisation = "count-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Api counted = Api.withToken(Tokens.of("p.count", organisation, "practitioner"));
        counted.get("/families").statusCode(200).body("totalItems", equalTo(0));
        String first = counted.createFamily("Counted one");
        counted.createFamily("Counted two");
        north.createFamily("Not theirs");

        counted.get("/families?size=1")
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("totalPages", equalTo(2))
                .body("items.id", contains(first));
        counted.get("/families?size=1&page=5").statusCode(200).body("totalItems", equalTo(2));
    }

    @Test
    void registering_a_person_held_elsewhere_says_only_that_they_are_known() {
        Household household = Household.workedWithBy(north, "Holding household", "Need");
        String nhsNumber =
                north.get("/people/{id}", household.mother()).extract().path("nhsNumber");
        String southFamily = south.createFamily("Southern household");

        south.post(
                        "/families/{id}/members",
                        Map.of(
                                "person",
                                person("Ada", "Need", "1994-04-04", nhsNumber),
                                "role",
                                "MOTHER",
                                "livesWithChild",
                                true,
                                "parentalResponsibility",
                                true),
                        southFamily)
                .statusCode(409)
                .body("code", equalTo("person-known"))
                .body("detail", not(containsString(household.mother())));
    }

    @Test
    void an_integration_client_may_use_only_the_operations_it_is_scoped_to() {
        Api client = Api.withToken(Tokens.client("case-system", Tokens.NORTH, "openid cradle:read-family-records"));
        String family = north.createFamily("Integrated household");

        client.get("/families/{id}", family).statusCode(200);
        client.post("/families", Map.of("name", "By a client", "recordKeepingMode", "INFANT"))
                .statusCode(403)
                .body("detail", equalTo("This client is not scoped to cradle:write-family-records."));
        northAuditor
                .get("/audit-events?recordId={id}&actor=case-system", family)
                .body("items.actorKind", contains("INTEGRATION_CLIENT"));
    }

    private long[] counts() throws Exception {
        return new long[] {
            Rows.count(dataSource, "family"),
            Rows.count(dataSource, "person"),
            Rows.count(dataSource, "episode"),
            Rows.count(dataSource, "family_member"),
            Rows.count(dataSource, "consent_version"),
            Rows.count(dataSource, Rows.AUDIT_EXCEPT_DENIALS)
        };
    }
}
