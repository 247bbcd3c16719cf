package org.cradle.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cradle.bootstrap.api.MembershipApiTest.person;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ConfidentialityNoticeApiTest {

    private static final String UNKNOWN = "00000000-0000-0000-0000-000000000004";

    @Inject
    DataSource dataSource;

    /** Each test acts for an organisation of its own, so that the lists of notices due are its own too. */
    private final String organisation =
            "notices-" + UUID.randomUUID().toString().substring(0, 8);

    private final String subject = "p." + organisation;
    private final Api practitioner = Api.withToken(Tokens.of(subject, organisation, "practitioner"));
    private final Api auditor = Api.withToken(Tokens.of("a.notices", organisation, "auditor"));

    @Test
    void a_notice_for_an_adult_is_recorded_with_when_how_by_whom_and_when_to_revisit() {
        Household household = Household.workedWithBy(practitioner, "Told household", "Notice");

        var created = practitioner
                .post(
                        "/families/{id}/confidentiality-notices",
                        notice(household.mother(), "2026-11-02", "2027-05-02"),
                        household.family())
                .statusCode(201)
                .body("id", notNullValue())
                .body("familyId", equalTo(household.family()))
                .body("personId", equalTo(household.mother()))
                .body("givenOn", equalTo("2026-11-02"))
                .body("method", equalTo("WRITTEN_AND_VERBAL"))
                .body("givenBy", equalTo(subject))
                .body("revisitOn", equalTo("2027-05-02"))
                .body("organisation", equalTo(organisation))
                .body("recordedBy", equalTo(subject))
                .body("recordedAt", notNullValue())
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/confidentiality-notices/" + id);

        practitioner
                .get("/confidentiality-notices/{id}", id)
                .statusCode(200)
                .body("personId", equalTo(household.mother()))
                .body("revisitOn", equalTo("2027-05-02"));
        auditor.get("/audit-events?recordId={id}", id)
                .statusCode(200)
                .body("items.action", contains("CONFIDENTIALITY_NOTICE_RECORDED", "CONFIDENTIALITY_NOTICE_READ"))
                .body("items.recordType", everyItem(equalTo("CONFIDENTIALITY_NOTICE")))
                .body("items.familyId", everyItem(equalTo(household.family())))
                .body("items.actorSubject", everyItem(equalTo(subject)));
    }

    @Test
    void the_practitioner_who_told_the_adult_may_be_someone_other_than_who_records_it() {
        Household household = Household.workedWithBy(practitioner, "Told by a colleague household", "Notice");
        Map<String, Object> body = notice(household.father(), "2026-10-01", "2027-04-01");
        body.put("givenBy", "a.colleague");
        body.put("method", "VERBAL");

        practitioner
                .post("/families/{id}/confidentiality-notices", body, household.family())
                .statusCode(201)
                .body("givenBy", equalTo("a.colleague"))
                .body("recordedBy", equalTo(subject))
                .body("method", equalTo("VERBAL"));
    }

    @Test
    void a_notice_for_a_child_is_refused_with_422() throws Exception {
        Household household = Household.workedWithBy(practitioner, "Child household", "Notice");
        long notices = count("confidentiality_notice");
        long events = count(Rows.AUDIT_EXCEPT_DENIALS);

        practitioner
                .post(
                        "/families/{id}/confidentiality-notices",
                        notice(household.child(), "2026-11-02", "2027-05-02"),
                        household.family())
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("not-an-adult-member"))
                .body("errors[0].field", equalTo("personId"));

        assertThat(count("confidentiality_notice")).isEqualTo(notices);
        assertThat(count(Rows.AUDIT_EXCEPT_DENIALS)).isEqualTo(events);
    }

    @Test
    void a_notice_for_someone_who_is_not_a_member_of_the_family_is_refused_with_422() throws Exception {
        Household household = Household.workedWithBy(practitioner, "Members only household", "Notice");
        Household elsewhere = Household.workedWithBy(practitioner, "Elsewhere household", "Notice");
        long notices = count("confidentiality_notice");
        long events = count(Rows.AUDIT_EXCEPT_DENIALS);

        for (String stranger : List.of(elsewhere.mother(), UNKNOWN)) {
            practitioner
                    .post(
                            "/families/{id}/confidentiality-notices",
                            notice(stranger, "2026-11-02", "2027-05-02"),
                            household.family())
                    .statusCode(422)
                    .body("code", equalTo("not-a-member"))
                    .body("errors[0].field", equalTo("personId"));
        }

        assertThat(count("confidentiality_notice")).isEqualTo(notices);
        assertThat(count(Rows.AUDIT_EXCEPT_DENIALS)).isEqualTo(events);
    }

    @Test
    void missing_fields_are_each_named_with_the_rule_required() throws Exception {
        Household household = Household.workedWithBy(practitioner, "Missing fields household", "Notice");
        long notices = count("confidentiality_notice");

        practitioner
                .post("/families/{id}/confidentiality-notices", Map.of(), household.family())
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("personId", "givenOn", "method", "revisitOn"))
                .body("errors.rule", everyItem(equalTo("required")));
        Map<String, Object> blankGivenBy = notice(household.mother(), "2026-11-02", "2027-05-02");
        blankGivenBy.put("givenBy", " ");
        practitioner
                .post("/families/{id}/confidentiality-notices", blankGivenBy, household.family())
                .statusCode(400)
                .body("errors[0].field", equalTo("givenBy"))
                .body("errors[0].rule", equalTo("required"));

        assertThat(count("confidentiality_notice")).isEqualTo(notices);
    }

    @Test
    void a_malformed_date_an_unknown_method_or_a_malformed_person_id_is_refused_with_400() {
        Household household = Household.workedWithBy(practitioner, "Malformed household", "Notice");
        Map<String, Object> badDate = notice(household.mother(), "02/11/2026", "2027-05-02");
        Map<String, Object> badMethod = notice(household.mother(), "2026-11-02", "2027-05-02");
        badMethod.put("method", "CARRIER_PIGEON");
        Map<String, Object> badPerson = notice("not-a-uuid", "2026-11-02", "2027-05-02");

        practitioner
                .post("/families/{id}/confidentiality-notices", badDate, household.family())
                .statusCode(400)
                .body("errors[0].field", equalTo("givenOn"))
                .body("errors[0].rule", equalTo("date"));
        practitioner
                .post("/families/{id}/confidentiality-notices", badMethod, household.family())
                .statusCode(400)
                .body("errors[0].field", equalTo("method"))
                .body("errors[0].rule", equalTo("format"));
        practitioner
                .post("/families/{id}/confidentiality-notices", badPerson, household.family())
                .statusCode(400)
                .body("errors[0].field", equalTo("personId"));
    }

    @Test
    void a_revisit_date_not_after_the_date_given_and_a_date_given_in_the_future_are_refused_with_400()
            throws Exception {
        Household household = Household.workedWithBy(practitioner, "Dates household", "Notice");
        long notices = count("confidentiality_notice");
        long events = count(Rows.AUDIT_EXCEPT_DENIALS);
        String tomorrow = today().plusDays(1).toString();

        practitioner
                .post(
                        "/families/{id}/confidentiality-notices",
                        notice(household.mother(), "2026-11-02", "2026-11-02"),
                        household.family())
                .statusCode(400)
                .body("errors[0].field", equalTo("revisitOn"))
                .body("errors[0].rule", equalTo("after-given-on"));
        practitioner
                .post(
                        "/families/{id}/confidentiality-notices",
                        notice(household.mother(), "2026-11-02", "2026-10-02"),
                        household.family())
                .statusCode(400)
                .body("errors[0].field", equalTo("revisitOn"));
        practitioner
                .post(
                        "/families/{id}/confidentiality-notices",
                        notice(household.mother(), tomorrow, "2028-01-01"),
                        household.family())
                .statusCode(400)
                .body("errors[0].field", equalTo("givenOn"))
                .body("errors[0].rule", equalTo("not-in-future"));

        assertThat(count("confidentiality_notice")).isEqualTo(notices);
        assertThat(count(Rows.AUDIT_EXCEPT_DENIALS)).isEqualTo(events);
    }

    @Test
    void a_notice_for_an_unknown_family_is_404() {
        practitioner
                .post("/families/{id}/confidentiality-notices", notice(UNKNOWN, "2026-11-02", "2027-05-02"), UNKNOWN)
                .statusCode(404);
        practitioner.get("/families/{id}/confidentiality-notices", UNKNOWN).statusCode(404);
        practitioner.get("/families/{id}/confidentiality-notices", "not-an-id").statusCode(404);
        practitioner.get("/confidentiality-notices/{id}", UNKNOWN).statusCode(404);
    }

    @Test
    void an_organisation_not_working_with_the_family_finds_nothing_there_and_nothing_is_written() throws Exception {
        Household household = Household.workedWithBy(practitioner, "Another organisation's household", "Notice");
        String id = record(practitioner, household.family(), household.mother(), "2026-11-02", "2027-05-02");
        Api south = Api.withToken(Tokens.of("p.south", Tokens.SOUTH, "practitioner"));
        long notices = count("confidentiality_notice");
        long events = count(Rows.AUDIT_EXCEPT_DENIALS);

        south.post(
                        "/families/{id}/confidentiality-notices",
                        notice(household.mother(), "2026-11-02", "2027-05-02"),
                        household.family())
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("not-found"));
        south.get("/families/{id}/confidentiality-notices", household.family()).statusCode(404);
        south.get("/confidentiality-notices/{id}", id).statusCode(404);

        assertThat(count("confidentiality_notice")).isEqualTo(notices);
        assertThat(count(Rows.AUDIT_EXCEPT_DENIALS)).isEqualTo(events);
    }

    @Test
    void once_its_episode_is_closed_an_organisation_reads_the_notices_but_records_no_more() throws Exception {
        Household household = Household.workedWithBy(practitioner, "Closed work household", "Notice");
        String id = record(practitioner, household.family(), household.mother(), "2026-09-02", "2027-03-02");
        String episode = practitioner
                .get("/families/{id}/episodes", household.family())
                .extract()
                .path("items[0].id");
        practitioner
                .post("/episodes/{id}/closure", Map.of("closedOn", today().toString(), "version", 0), episode)
                .statusCode(200);
        long notices = count("confidentiality_notice");

        practitioner
                .post(
                        "/families/{id}/confidentiality-notices",
                        notice(household.father(), "2026-11-02", "2027-05-02"),
                        household.family())
                .statusCode(403);
        practitioner
                .get("/families/{id}/confidentiality-notices", household.family())
                .statusCode(200)
                .body("items.id", contains(id));

        assertThat(count("confidentiality_notice")).isEqualTo(notices);
    }

    @Test
    void auditors_and_administrators_are_refused_with_403_and_nothing_is_written() throws Exception {
        Household household = Household.workedWithBy(practitioner, "Not for auditors household", "Notice");
        String id = record(practitioner, household.family(), household.mother(), "2026-11-02", "2027-05-02");
        long notices = count("confidentiality_notice");
        long events = count(Rows.AUDIT_EXCEPT_DENIALS);

        for (Api refused : List.of(
                Api.withToken(Tokens.of("a.auditor", organisation, "auditor")),
                Api.withToken(Tokens.of("a.admin", organisation, "admin")))) {
            refused.post(
                            "/families/{id}/confidentiality-notices",
                            notice(household.father(), "2026-11-02", "2027-05-02"),
                            household.family())
                    .statusCode(403);
            refused.get("/families/{id}/confidentiality-notices", household.family())
                    .statusCode(403);
            refused.get("/confidentiality-notices/{id}", id).statusCode(403);
            refused.get("/confidentiality-notices/due-for-revisit").statusCode(403);
        }

        assertThat(count("confidentiality_notice")).isEqualTo(notices);
        assertThat(count(Rows.AUDIT_EXCEPT_DENIALS)).isEqualTo(events);
    }

    @Test
    void a_familys_notices_are_listed_newest_first_a_page_at_a_time_and_each_one_listed_is_audited() {
        Household household = Household.workedWithBy(practitioner, "Many notices household", "Notice");
        String first = record(practitioner, household.family(), household.mother(), "2026-01-05", "2026-07-05");
        String second = record(practitioner, household.family(), household.father(), "2026-03-05", "2026-09-05");
        String third = record(practitioner, household.family(), household.mother(), "2026-08-05", "2027-02-05");

        practitioner
                .get("/families/{id}/confidentiality-notices?size=2", household.family())
                .statusCode(200)
                .body("items.id", contains(third, second))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2));
        practitioner
                .get("/families/{id}/confidentiality-notices?size=2&page=1", household.family())
                .statusCode(200)
                .body("items.id", contains(first));
        practitioner
                .get("/families/{id}/confidentiality-notices?size=0", household.family())
                .statusCode(400)
                .body("errors[0].field", equalTo("size"));

        auditor.get("/audit-events?familyId={id}&actor={actor}&size=100", household.family(), subject)
                .body(
                        "items.findAll { it.action == 'CONFIDENTIALITY_NOTICE_READ' }.recordId",
                        contains(third, second, first));
    }

    @Test
    void the_notices_due_for_revisit_are_the_latest_per_adult_whose_revisit_date_has_come() {
        Household okafor = Household.workedWithBy(practitioner, "Okafor household", "Notice");
        Household bell = Household.workedWithBy(practitioner, "Bell household", "Notice");
        String superseded = record(practitioner, okafor.family(), okafor.mother(), "2026-01-10", "2026-07-10");
        String retold = record(practitioner, okafor.family(), okafor.mother(), "2026-08-01", "2027-02-01");
        String father = record(practitioner, okafor.family(), okafor.father(), "2026-02-01", "2026-12-01");
        String earliest = record(practitioner, bell.family(), bell.mother(), "2026-03-01", "2026-06-01");

        practitioner
                .get("/confidentiality-notices/due-for-revisit?on=2026-12-31")
                .statusCode(200)
                .body("items.id", contains(earliest, father))
                .body("totalItems", equalTo(2));
        practitioner
                .get("/confidentiality-notices/due-for-revisit?on=2027-03-01&size=2")
                .statusCode(200)
                .body("items.id", contains(earliest, father))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2));
        practitioner
                .get("/confidentiality-notices/due-for-revisit?on=2027-03-01&size=2&page=1")
                .statusCode(200)
                .body("items.id", contains(retold))
                .body("items[0].familyId", equalTo(okafor.family()))
                .body("items[0].revisitOn", equalTo("2027-02-01"));
        practitioner
                .get("/confidentiality-notices/due-for-revisit?on=2026-05-31")
                .statusCode(200)
                .body("items", empty());

        practitioner
                .get("/families/{id}/confidentiality-notices", okafor.family())
                .body("items.id", contains(retold, father, superseded));
    }

    @Test
    void without_a_date_the_notices_due_today_are_listed() {
        Household household = Household.workedWithBy(practitioner, "Due today household", "Notice");
        String due = record(
                practitioner,
                household.family(),
                household.mother(),
                today().minusMonths(6).toString(),
                today().toString());
        record(
                practitioner,
                household.family(),
                household.father(),
                today().minusMonths(6).toString(),
                today().plusDays(1).toString());

        practitioner
                .get("/confidentiality-notices/due-for-revisit")
                .statusCode(200)
                .body("items.id", contains(due));
    }

    @Test
    void the_notices_due_for_revisit_can_be_narrowed_to_the_practitioner_who_gave_them() {
        Household household = Household.workedWithBy(practitioner, "Two practitioners household", "Notice");
        Map<String, Object> byColleague = notice(household.father(), "2026-02-01", "2026-08-01");
        byColleague.put("givenBy", "a.colleague");
        String colleagues = practitioner
                .post("/families/{id}/confidentiality-notices", byColleague, household.family())
                .statusCode(201)
                .extract()
                .path("id");
        String mine = record(practitioner, household.family(), household.mother(), "2026-01-01", "2026-07-01");

        practitioner
                .get("/confidentiality-notices/due-for-revisit?on=2026-12-31")
                .body("items.id", contains(mine, colleagues));
        practitioner
                .get("/confidentiality-notices/due-for-revisit?on=2026-12-31&practitioner=a.colleague")
                .statusCode(200)
                .body("items.id", contains(colleagues))
                .body("items[0].givenBy", equalTo("a.colleague"));
        practitioner
                .get("/confidentiality-notices/due-for-revisit?on=2026-12-31&practitioner={p}", subject)
                .body("items.id", contains(mine));
    }

    @Test
    void only_the_callers_own_organisation_notices_are_due_and_another_organisations_notice_replaces_none_of_them()
            throws Exception {
        Household household = Household.workedWithBy(practitioner, "Two organisations household", "Notice");
        String ours = record(practitioner, household.family(), household.mother(), "2026-01-01", "2026-07-01");
        String otherOrganisation = "other-" + organisation;
        Api other = Api.withToken(Tokens.of("p.other", otherOrganisation, "practitioner"));
        Involvement.referred(practitioner, household, otherOrganisation, household.mother());
        other.openEpisode(household.family());
        String theirs = record(other, household.family(), household.mother(), "2026-09-01", "2026-10-01");

        practitioner
                .get("/confidentiality-notices/due-for-revisit?on=2026-12-31")
                .body("items.id", contains(ours));
        other.get("/confidentiality-notices/due-for-revisit?on=2026-12-31")
                .body("items.id", contains(theirs))
                .body("items[0].organisation", equalTo(otherOrganisation));
    }

    @Test
    void each_notice_listed_as_due_is_audited_as_read_and_bad_parameters_are_named() throws Exception {
        Household household = Household.workedWithBy(practitioner, "Audited due household", "Notice");
        String id = record(practitioner, household.family(), household.mother(), "2026-01-01", "2026-07-01");

        practitioner
                .get("/confidentiality-notices/due-for-revisit?on=2026-12-31")
                .body("items.id", contains(id));
        auditor.get("/audit-events?recordId={id}", id)
                .body("items.action", contains("CONFIDENTIALITY_NOTICE_RECORDED", "CONFIDENTIALITY_NOTICE_READ"));

        long events = count(Rows.AUDIT_EXCEPT_DENIALS);
        practitioner
                .get("/confidentiality-notices/due-for-revisit?on=2026-13-01&page=-1")
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("on", "page"));
        practitioner
                .get("/confidentiality-notices/due-for-revisit?on=yesterday")
                .statusCode(400)
                .body("errors[0].field", equalTo("on"))
                .body("errors[0].rule", equalTo("date"));
        assertThat(count(Rows.AUDIT_EXCEPT_DENIALS)).isEqualTo(events);
    }

    private static String record(Api api, String family, String person, String givenOn, String revisitOn) {
        return api.post("/families/{id}/confidentiality-notices", notice(person, givenOn, revisitOn), family)
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Map<String, Object> notice(String person, String givenOn, String revisitOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", person);
        body.put("givenOn", givenOn);
        body.put("method", "WRITTEN_AND_VERBAL");
        body.put("revisitOn", revisitOn);
        return body;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    private long count(String table) throws Exception {
        return Rows.count(dataSource, table);
    }
}
