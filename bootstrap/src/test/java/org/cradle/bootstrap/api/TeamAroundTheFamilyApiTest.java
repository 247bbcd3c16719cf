package org.cradle.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The named team around the family, and who saw a person's record. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class TeamAroundTheFamilyApiTest {

    @Inject
    DataSource dataSource;

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    /** The lead practitioner of the episodes {@link Api#openEpisode} opens. */
    private final Api lead = Api.withToken(Tokens.of("j.mensah", Tokens.NORTH, "practitioner"));

    private final Api colleague = Api.withToken(Tokens.of("h.visitor", Tokens.NORTH, "practitioner"));
    private final Api south = Api.withToken(Tokens.of("s.lead", Tokens.SOUTH, "safeguarding-lead"));

    @Test
    void the_lead_names_a_colleague_on_the_team_and_records_when_they_leave() {
        Household household = Household.workedWithBy(lead, "Team household", "Team");
        String episode = episodeOf(household);

        lead.post("/episodes/{id}/team", Map.of("practitioner", "h.visitor", "joinedOn", TODAY.toString()), episode)
                .statusCode(201)
                .body("practitioner", equalTo("h.visitor"))
                .body("addedBy", equalTo("j.mensah"))
                .body("leftOn", nullValue());
        lead.post("/episodes/{id}/team", Map.of("practitioner", "h.visitor", "joinedOn", TODAY.toString()), episode)
                .statusCode(409)
                .body("code", equalTo("already-on-the-team"));
        colleague.get("/episodes/{id}/team", episode).statusCode(200).body("items.practitioner", contains("h.visitor"));

        lead.post(
                        "/episodes/{id}/team/leaving",
                        Map.of("practitioner", "h.visitor", "leftOn", TODAY.toString()),
                        episode)
                .statusCode(200)
                .body("leftOn", equalTo(TODAY.toString()));
        lead.get("/episodes/{id}/team", episode).body("items[0].leftOn", equalTo(TODAY.toString()));
    }

    @Test
    void a_colleague_cannot_put_themselves_on_the_team_nor_can_another_organisation() throws Exception {
        Household household = Household.workedWithBy(lead, "Closed team household", "Team");
        String episode = episodeOf(household);
        long members = Rows.count(dataSource, "episode_team_member");

        colleague
                .post("/episodes/{id}/team", Map.of("practitioner", "h.visitor", "joinedOn", TODAY.toString()), episode)
                .statusCode(403)
                .body(
                        "detail",
                        equalTo("The team around the family is named by the lead practitioner, a team manager"
                                + " or a safeguarding lead."));
        south.post("/episodes/{id}/team", Map.of("practitioner", "s.lead", "joinedOn", TODAY.toString()), episode)
                .statusCode(404);
        south.get("/episodes/{id}/team", episode).statusCode(404);
        Api.as("auditor")
                .post("/episodes/{id}/team", Map.of("practitioner", "x", "joinedOn", TODAY.toString()), episode)
                .statusCode(403);

        assertThat(Rows.count(dataSource, "episode_team_member")).isEqualTo(members);
    }

    @Test
    void joining_tomorrow_or_leaving_someone_not_on_the_team_is_refused_with_the_field_named() {
        Household household = Household.workedWithBy(lead, "Dated team household", "Team");
        String episode = episodeOf(household);

        lead.post(
                        "/episodes/{id}/team",
                        Map.of(
                                "practitioner",
                                "h.visitor",
                                "joinedOn",
                                TODAY.plusDays(1).toString()),
                        episode)
                .statusCode(400)
                .body("errors.field", hasItem("joinedOn"));
        lead.post("/episodes/{id}/team", Map.of("joinedOn", TODAY.toString()), episode)
                .statusCode(400)
                .body("errors.field", hasItem("practitioner"));
        lead.post("/episodes/{id}/team/leaving", Map.of("practitioner", "nobody", "leftOn", TODAY.toString()), episode)
                .statusCode(422)
                .body("code", equalTo("not-on-the-team"));
    }

    @Test
    void who_saw_my_record_lists_every_access_with_who_which_organisation_what_and_on_which_ground() throws Exception {
        Household household = Household.workedWithBy(lead, "Seen household", "Team");
        Involvement.referred(lead, household, Tokens.SOUTH, household.mother(), household.father(), household.child());
        colleague.get("/people/{id}", household.mother()).statusCode(200);
        south.get("/families/{id}", household.family()).statusCode(200);

        lead.get("/people/{id}/access-log?size=100", household.mother())
                .statusCode(200)
                .body("items.find { it.actorSubject == 'h.visitor' }.action", equalTo("PERSON_READ"))
                .body("items.find { it.actorSubject == 'h.visitor' }.ground", equalTo("OWN_ORGANISATION"))
                .body("items.find { it.actorSubject == 'h.visitor' }.category", equalTo("BASIC_DETAILS"))
                .body("items.find { it.actorSubject == 's.lead' }.actorOrganisation", equalTo(Tokens.SOUTH))
                .body("items.find { it.actorSubject == 's.lead' }.ground", equalTo("REFERRAL"))
                .body(
                        "items.findAll { it.actorSubject == 'j.mensah' }.action",
                        org.hamcrest.Matchers.hasItems("PERSON_REGISTERED", "MEMBER_ADDED"));
        lead.get("/people/{id}/access-log?size=1", household.mother())
                .body("items[0].action", equalTo("ACCESS_LOG_READ"));
    }

    @Test
    void who_saw_a_record_is_for_those_in_the_work_not_every_colleague() {
        Household household = Household.workedWithBy(lead, "Guarded log household", "Team");

        colleague.get("/people/{id}/access-log", household.mother()).statusCode(403);
        south.get("/people/{id}/access-log", household.mother()).statusCode(404);
        Api.as("auditor").get("/people/{id}/access-log", household.mother()).statusCode(403);
        lead.post(
                        "/episodes/{id}/team",
                        Map.of("practitioner", "h.visitor", "joinedOn", TODAY.toString()),
                        episodeOf(household))
                .statusCode(201);
        colleague.get("/people/{id}/access-log", household.mother()).statusCode(200);
    }

    private String episodeOf(Household household) {
        return lead.get("/families/{id}/episodes", household.family()).extract().path("items[0].id");
    }
}
