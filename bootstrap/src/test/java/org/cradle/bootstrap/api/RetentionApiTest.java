package org.cradle.bootstrap.api;

import static org.cradle.bootstrap.api.Retention.close;
import static org.cradle.bootstrap.api.Retention.closedWork;
import static org.cradle.bootstrap.api.Retention.decide;
import static org.cradle.bootstrap.api.Retention.hold;
import static org.cradle.bootstrap.api.Retention.open;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.cradle.bootstrap.api.Retention.Service;
import org.cradle.bootstrap.api.Retention.Work;
import org.junit.jupiter.api.Test;

/**
 * Retention through HTTP with real tokens: the shipped schedule, an organisation's own early-help
 * period, and the worked examples of the schedule as records officers see them on real episodes.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class RetentionApiTest {

    @Inject
    DataSource dataSource;

    @Test
    void the_default_schedule_is_listed_with_its_sources_and_paged() {
        Service council = Service.of("LOCAL_AUTHORITY");

        council.practitioner()
                .get("/retention/rules?size=100")
                .statusCode(200)
                .body("totalItems", equalTo(16))
                .body("items.id", hasItem("LA-EARLY-HELP"))
                .body("items.find { it.id == 'LA-EARLY-HELP' }.configurable", equalTo(true))
                .body("items.find { it.id == 'LA-EARLY-HELP' }.formula", equalTo("max(DOB+21y, END+3y)"))
                .body("items.find { it.id == 'NHS-CAMHS' }.schedule.confidence", equalTo("UNCONFIRMED"))
                .body("items.find { it.id == 'LA-LAC' }.schedule.confidence", equalTo("CONFIRMED"));
        council.practitioner()
                .get("/retention/rules?size=5&page=3")
                .statusCode(200)
                .body("items", hasSize(1));
        council.practitioner().get("/retention/rules/NO-SUCH-RULE").statusCode(404);
        council.practitioner().get("/retention/rules/not a rule").statusCode(404);
    }

    @Test
    void examples_1_and_2_a_joint_parent_infant_record_is_kept_until_the_infant_is_25() {
        Service trust = Service.of("HEALTH");
        Work work = closedWork(trust, "PARENT_INFANT_MENTAL_HEALTH", "2025-01-06", "2025-06-30");

        trust.recordsOfficer()
                .get("/episodes/{id}/retention", work.episode())
                .statusCode(200)
                .body("status", equalTo("DATED"))
                .body("reviewOn", equalTo("2049-03-01"))
                .body("endAction", equalTo("REVIEW"))
                .body("applications.find { it.decides }.rule", equalTo("NHS-CAMHS"))
                .body("applications.find { it.decides }.personId", equalTo(work.infant()))
                .body("applications.find { it.personId == '" + work.mother() + "' }.rule", equalTo("NHS-MH"))
                .body("applications.find { it.personId == '" + work.mother() + "' }.date", equalTo("2045-06-30"));

        Work mothersOwn = closedWork(trust, "PERINATAL_MENTAL_HEALTH", "2025-01-06", "2025-06-30");
        trust.recordsOfficer()
                .get("/episodes/{id}/retention", mothersOwn.episode())
                .statusCode(200)
                .body("applications.find { it.personId == '" + mothersOwn.mother() + "' }.date", equalTo("2045-06-30"));
        Api.withToken(Tokens.of("a.ret", trust.code(), "auditor"))
                .get("/audit-events?recordId={id}", work.episode())
                .statusCode(200)
                .body("items.action", hasItem("RETENTION_READ"));
    }

    @Test
    void examples_3_and_4_child_protection_and_care_are_kept_by_the_councils_rules_and_a_charitys_own() {
        Service council = Service.of("LOCAL_AUTHORITY");
        Service charity = Service.of("VOLUNTARY");

        Work protection = closedWork(council, "CHILD_PROTECTION", "2025-01-06", "2025-06-30");
        council.recordsOfficer()
                .get("/episodes/{id}/retention", protection.episode())
                .body("reviewOn", equalTo("2060-06-30"));
        Work care = closedWork(council, "LOOKED_AFTER_CHILD", "2025-01-06", "2025-06-30");
        council.recordsOfficer()
                .get("/episodes/{id}/retention", care.episode())
                .body("reviewOn", equalTo("2099-03-01"));
        Work concern = closedWork(charity, "CHILD_PROTECTION", "2025-01-06", "2025-06-30");
        charity.recordsOfficer()
                .get("/episodes/{id}/retention", concern.episode())
                .body("reviewOn", equalTo("2049-03-01"))
                .body("applications.rule", contains("NSPCC-CP"));
    }

    @Test
    void a_new_episode_with_the_family_reopens_the_record_and_its_close_restarts_the_clock() {
        Service council = Service.of("LOCAL_AUTHORITY");
        Work work = closedWork(council, "EARLY_HELP", "2025-01-06", "2025-06-30");
        council.recordsOfficer()
                .get("/episodes/{id}/retention", work.episode())
                .body("reviewOn", equalTo("2045-03-01"));

        String again = open(council, work.family(), "EARLY_HELP", "2026-02-02");
        council.recordsOfficer()
                .get("/episodes/{id}/retention", work.episode())
                .body("status", equalTo("OPEN"))
                .body("reviewOn", nullValue());

        close(council, again, "2026-03-03");
        council.recordsOfficer()
                .get("/episodes/{id}/retention", work.episode())
                .body("status", equalTo("DATED"))
                .body("reviewOn", equalTo("2045-03-01"));
        council.recordsOfficer()
                .get("/episodes/{id}/retention", work.episode())
                .body("applications.find { it.personId == '" + work.mother() + "' }.date", equalTo("2029-03-03"));
    }

    @Test
    void a_council_sets_its_own_early_help_period_and_every_change_is_a_version_with_who_and_why() {
        Service council = Service.of("LOCAL_AUTHORITY");
        Work work = closedWork(council, "EARLY_HELP", "2025-01-06", "2025-06-30");

        council.recordsOfficer()
                .put(
                        "/retention/rules/LA-EARLY-HELP/setting",
                        Map.of("version", 0, "formula", "max(DOB+25y, END+3y)", "reason", "Our schedule: to 25."))
                .statusCode(200)
                .body("formula", equalTo("max(DOB+25y, END+3y)"))
                .body("setting.version", equalTo(1))
                .body("setting.changedBy", equalTo("r." + council.code()));
        council.recordsOfficer()
                .get("/episodes/{id}/retention", work.episode())
                .body("reviewOn", equalTo("2049-03-01"))
                .body("applications.find { it.decides }.settingVersion", equalTo(1));

        council.recordsOfficer()
                .put(
                        "/retention/rules/LA-EARLY-HELP/setting",
                        Map.of("version", 0, "formula", "max(DOB+30y, END+3y)", "reason", "A second officer, late."))
                .statusCode(409);
        council.recordsOfficer()
                .put("/retention/rules/LA-EARLY-HELP/setting", Map.of("version", 1, "reason", "Back to the schedule."))
                .statusCode(200)
                .body("formula", equalTo("max(DOB+21y, END+3y)"));
        council.practitioner()
                .get("/retention/rules/LA-EARLY-HELP")
                .statusCode(200)
                .body("settings.version", contains(1, 2))
                .body("settings.reason", contains("Our schedule: to 25.", "Back to the schedule."));
        Service.of("LOCAL_AUTHORITY")
                .practitioner()
                .get("/retention/rules/LA-EARLY-HELP")
                .body("rule.setting", nullValue())
                .body("rule.formula", equalTo("max(DOB+21y, END+3y)"))
                .body("versions.version", contains(1));
    }

    @Test
    void an_organisation_not_in_the_directory_is_told_to_register_before_it_sets_its_own_retention() {
        String unregistered =
                "unlisted-" + java.util.UUID.randomUUID().toString().substring(0, 8);

        Api.withToken(Tokens.of("r.unlisted", unregistered, "records-officer"))
                .put(
                        "/retention/rules/LA-EARLY-HELP/setting",
                        Map.of("version", 0, "formula", "max(DOB+25y, END+3y)", "reason", "Our schedule: to 25."))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("not-in-directory"))
                .body("detail", org.hamcrest.Matchers.containsString(unregistered));
    }

    @Test
    void what_a_rule_does_not_allow_and_what_cannot_be_read_are_refused_and_nothing_is_kept() {
        Service council = Service.of("LOCAL_AUTHORITY");

        council.recordsOfficer()
                .put("/retention/rules/LA-CP/setting", Map.of("version", 0, "formula", "END+10y", "reason", "Shorter."))
                .statusCode(422)
                .body("code", equalTo("not-configurable"));
        council.recordsOfficer()
                .put(
                        "/retention/rules/LA-CP/setting",
                        Map.of("version", 0, "automaticDestruction", true, "reason", "x"))
                .statusCode(422)
                .body("code", equalTo("review-only"));
        council.recordsOfficer()
                .put(
                        "/retention/rules/LA-EARLY-HELP/setting",
                        Map.of("version", 0, "formula", "max(DOB+25", "reason", "x"))
                .statusCode(400)
                .body("errors[0].field", equalTo("formula"))
                .body("errors[0].rule", equalTo("formula-syntax"));
        council.recordsOfficer()
                .put(
                        "/retention/rules/LA-EARLY-HELP/setting",
                        Map.of("version", 0, "formula", "rule(NO-SUCH)", "reason", "x"))
                .statusCode(422)
                .body("code", equalTo("unknown-rule"));
        council.recordsOfficer()
                .put("/retention/rules/LA-EARLY-HELP/setting", Map.of("formula", "END+3y"))
                .statusCode(400)
                .body("errors.field", hasItem("version"))
                .body("errors.field", hasItem("reason"));
        council.practitioner()
                .put("/retention/rules/LA-EARLY-HELP/setting", Map.of("version", 0, "formula", "END+3y", "reason", "x"))
                .statusCode(403);
        council.practitioner().get("/retention/rules/LA-EARLY-HELP").body("settings", hasSize(0));
    }

    @Test
    void
            only_the_records_officers_of_the_records_organisation_see_its_retention_and_without_a_sector_there_is_no_date() {
        Service council = Service.of("LOCAL_AUTHORITY");
        Work work = closedWork(council, "EARLY_HELP", "2025-01-06", "2025-06-30");

        council.practitioner().get("/episodes/{id}/retention", work.episode()).statusCode(403);
        Service.of("LOCAL_AUTHORITY")
                .recordsOfficer()
                .get("/episodes/{id}/retention", work.episode())
                .statusCode(404);
        council.recordsOfficer()
                .get("/episodes/{id}/retention", UUID.randomUUID())
                .statusCode(404);
        council.recordsOfficer().get("/episodes/{id}/retention", "not-an-id").statusCode(404);

        Service unknown = Service.of("NONE");
        Work unclassified = closedWork(unknown, "EARLY_HELP", "2025-01-06", "2025-06-30");
        unknown.recordsOfficer()
                .get("/episodes/{id}/retention", unclassified.episode())
                .statusCode(200)
                .body("status", equalTo("UNCLASSIFIED"))
                .body("reviewOn", nullValue())
                .body("applications", hasSize(0));
    }

    @Test
    void a_legal_hold_takes_the_date_away_until_a_records_officer_releases_it_once() {
        Service council = Service.of("LOCAL_AUTHORITY");
        Work work = closedWork(council, "EARLY_HELP", "2025-01-06", "2025-06-30");

        String hold = hold(council, Map.of("familyId", work.family()));

        council.recordsOfficer()
                .get("/episodes/{id}/retention", work.episode())
                .body("status", equalTo("HELD"))
                .body("reviewOn", nullValue())
                .body("heldBy", contains(hold));
        council.recordsOfficer()
                .get("/retention/holds?released=false")
                .statusCode(200)
                .body("items.id", contains(hold))
                .body("items[0].scopeKind", equalTo("FAMILY"));

        council.recordsOfficer()
                .post("/retention/holds/{id}/release", Map.of("reason", "The inquiry closed."), hold)
                .statusCode(200)
                .body("active", equalTo(false))
                .body("releasedBy", equalTo("r." + council.code()));
        council.recordsOfficer()
                .post("/retention/holds/{id}/release", Map.of("reason", "Again."), hold)
                .statusCode(409)
                .body("code", equalTo("already-released"));
        council.recordsOfficer()
                .get("/episodes/{id}/retention", work.episode())
                .body("status", equalTo("DATED"))
                .body("reviewOn", equalTo("2045-03-01"))
                .body("heldBy", hasSize(0));
        council.recordsOfficer().get("/retention/holds?released=false").body("items", hasSize(0));
    }

    @Test
    void a_hold_on_a_person_an_episode_or_everything_created_before_a_date_holds_too() {
        Service council = Service.of("LOCAL_AUTHORITY");
        Work work = closedWork(council, "EARLY_HELP", "2025-01-06", "2025-06-30");
        Work other = closedWork(council, "EARLY_HELP", "2025-01-06", "2025-06-30");

        String person = hold(council, Map.of("personId", work.infant()));
        council.recordsOfficer().get("/episodes/{id}/retention", work.episode()).body("heldBy", contains(person));
        council.recordsOfficer()
                .get("/episodes/{id}/retention", other.episode())
                .body("status", equalTo("DATED"));

        String episode = hold(council, Map.of("episodeId", other.episode()));
        council.recordsOfficer()
                .get("/episodes/{id}/retention", other.episode())
                .body("heldBy", contains(episode));

        String tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))
                .plusDays(1)
                .toString();
        String everything = hold(council, Map.of("createdBefore", tomorrow));
        council.recordsOfficer()
                .get("/episodes/{id}/retention", other.episode())
                .body("heldBy", hasItem(everything))
                .body("heldBy", hasSize(2));
        Service.of("LOCAL_AUTHORITY")
                .recordsOfficer()
                .get("/retention/holds/{id}", everything)
                .statusCode(404);
    }

    @Test
    void a_hold_names_exactly_one_of_its_organisations_records_and_only_records_officers_place_one() {
        Service council = Service.of("LOCAL_AUTHORITY");
        Work work = closedWork(council, "EARLY_HELP", "2025-01-06", "2025-06-30");
        Service elsewhere = Service.of("LOCAL_AUTHORITY");

        council.recordsOfficer()
                .post(
                        "/retention/holds",
                        Map.of(
                                "scope", Map.of("familyId", work.family(), "personId", work.mother()),
                                "reason", "r",
                                "authority", "a"))
                .statusCode(400)
                .body("errors.field", hasItem("scope"));
        council.recordsOfficer()
                .post("/retention/holds", Map.of("scope", Map.of(), "reason", " ", "endsOn", "2020-01-01"))
                .statusCode(400)
                .body("errors.field", hasItem("scope"))
                .body("errors.field", hasItem("reason"))
                .body("errors.field", hasItem("authority"));
        council.recordsOfficer()
                .post(
                        "/retention/holds",
                        Map.of(
                                "scope",
                                Map.of("familyId", work.family()),
                                "reason",
                                "r",
                                "authority",
                                "a",
                                "endsOn",
                                "2020-01-01"))
                .statusCode(400)
                .body("errors.field", hasItem("endsOn"));
        elsewhere
                .recordsOfficer()
                .post(
                        "/retention/holds",
                        Map.of("scope", Map.of("familyId", work.family()), "reason", "r", "authority", "a"))
                .statusCode(404);
        elsewhere
                .recordsOfficer()
                .post(
                        "/retention/holds",
                        Map.of("scope", Map.of("episodeId", work.episode()), "reason", "r", "authority", "a"))
                .statusCode(404);
        council.recordsOfficer()
                .post(
                        "/retention/holds",
                        Map.of("scope", Map.of("personId", UUID.randomUUID()), "reason", "r", "authority", "a"))
                .statusCode(404);
        council.practitioner()
                .post(
                        "/retention/holds",
                        Map.of("scope", Map.of("familyId", work.family()), "reason", "r", "authority", "a"))
                .statusCode(403);
        council.recordsOfficer().get("/retention/holds").body("items", hasSize(0));
    }

    @Test
    void the_queue_lists_what_is_due_with_why_leaves_out_what_is_held_and_follows_every_change_of_date() {
        Service council = Service.of("LOCAL_AUTHORITY");
        Work due = closedWork(council, "EARLY_HELP", "2005-01-10", "2010-06-30", "1980-05-05", "2000-01-01");
        Work notYet = closedWork(council, "EARLY_HELP", "2025-01-06", "2025-06-30");

        council.recordsOfficer()
                .get("/retention/queue")
                .statusCode(200)
                .body("items.recordId", contains(due.episode()))
                .body("items[0].reviewOn", equalTo("2021-01-01"))
                .body("items[0].rule", equalTo("LA-EARLY-HELP"))
                .body("items[0].familyId", equalTo(due.family()))
                .body("items[0].endAction", equalTo("REVIEW"));
        council.recordsOfficer().get("/retention/queue?dueBy=2020-12-31").body("items", hasSize(0));
        council.recordsOfficer()
                .get("/retention/queue?dueBy=2045-03-01")
                .body("items.recordId", contains(due.episode(), notYet.episode()));
        council.recordsOfficer().get("/retention/queue?rule=NHS-CHILD").body("items", hasSize(0));
        council.recordsOfficer()
                .get("/retention/queue?dueBy=tomorrow")
                .statusCode(400)
                .body("errors[0].field", equalTo("dueBy"));
        council.recordsOfficer()
                .get("/retention/queue?rule=la early help")
                .statusCode(400)
                .body("errors[0].field", equalTo("rule"));
        council.practitioner().get("/retention/queue").statusCode(403);
        Service.of("LOCAL_AUTHORITY").recordsOfficer().get("/retention/queue").body("items", hasSize(0));

        String tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))
                .plusDays(1)
                .toString();
        for (Map<String, Object> scope : List.of(
                Map.<String, Object>of("personId", due.mother()),
                Map.<String, Object>of("familyId", due.family()),
                Map.<String, Object>of("episodeId", due.episode()),
                Map.<String, Object>of("createdBefore", tomorrow))) {
            String hold = hold(council, scope);
            council.recordsOfficer().get("/retention/queue").body("items", hasSize(0));
            council.recordsOfficer()
                    .get("/episodes/{id}/retention", due.episode())
                    .body("status", equalTo("HELD"));
            council.recordsOfficer()
                    .post("/retention/holds/{id}/release", Map.of("reason", "Done."), hold)
                    .statusCode(200);
            council.recordsOfficer().get("/retention/queue").body("items.recordId", contains(due.episode()));
        }

        council.recordsOfficer()
                .put(
                        "/retention/rules/LA-EARLY-HELP/setting",
                        Map.of("version", 0, "formula", "max(DOB+30y, END+3y)", "reason", "To 30."))
                .statusCode(200);
        council.recordsOfficer().get("/retention/queue").body("items", hasSize(0));
        council.recordsOfficer().get("/retention/queue?dueBy=2030-01-01").body("items[0].settingVersion", equalTo(1));
        council.recordsOfficer()
                .put("/retention/rules/LA-EARLY-HELP/setting", Map.of("version", 1, "reason", "Back."))
                .statusCode(200);
        council.recordsOfficer().get("/retention/queue").body("items.recordId", contains(due.episode()));

        open(council, due.family(), "EARLY_HELP", "2026-02-02");
        council.recordsOfficer().get("/retention/queue").body("items", hasSize(0));
    }

    @Test
    void a_records_officer_recomputes_the_dates_of_records_kept_before_dates_were() throws Exception {
        Service council = Service.of("LOCAL_AUTHORITY");
        Work due = closedWork(council, "EARLY_HELP", "2005-01-10", "2010-06-30", "1980-05-05", "2000-01-01");
        try (var connection = dataSource.getConnection();
                var forget = connection.prepareStatement("delete from retention_record where record_id = ?::uuid")) {
            forget.setString(1, due.episode());
            forget.executeUpdate();
        }
        council.recordsOfficer().get("/retention/queue").body("items", hasSize(0));

        council.recordsOfficer()
                .post("/retention/queue/recomputation", Map.of())
                .statusCode(200)
                .body("records", equalTo(1));

        council.recordsOfficer().get("/retention/queue").body("items.recordId", contains(due.episode()));
        council.recordsOfficer()
                .post("/retention/queue/recomputation", Map.of())
                .statusCode(200)
                .body("records", equalTo(1));
        council.practitioner().post("/retention/queue/recomputation", Map.of()).statusCode(403);
    }

    @Test
    void an_extension_or_a_keep_gives_a_due_record_a_new_date_with_the_reason_and_a_bulk_decision_is_all_or_nothing() {
        Service council = Service.of("LOCAL_AUTHORITY");
        Work first = closedWork(council, "EARLY_HELP", "2005-01-10", "2010-06-30", "1980-05-05", "2000-01-01");
        Work second = closedWork(council, "EARLY_HELP", "2005-01-10", "2010-06-30", "1980-05-05", "2000-01-01");
        Work notDue = closedWork(council, "EARLY_HELP", "2025-01-06", "2025-06-30");

        decide(council, List.of(first.episode(), notDue.episode()), "EXTEND", "2031-01-01", "A complaint is open.")
                .statusCode(422)
                .body("code", equalTo("not-due"))
                .body("errors[0].field", equalTo("records[1]"));
        council.recordsOfficer().get("/retention/decisions").body("items", hasSize(0));
        decide(council, List.of(first.episode()), "KEEP", "2020-01-01", "x")
                .statusCode(400)
                .body("errors[0].field", equalTo("until"));

        decide(council, List.of(first.episode(), second.episode()), "EXTEND", "2031-01-01", "A complaint is open.")
                .statusCode(201)
                .body("decision", contains("EXTEND", "EXTEND"))
                .body("decidedBy", hasItem("r." + council.code()));

        council.recordsOfficer().get("/retention/queue").body("items", hasSize(0));
        council.recordsOfficer()
                .get("/episodes/{id}/retention", first.episode())
                .body("reviewOn", equalTo("2031-01-01"))
                .body("explanation", org.hamcrest.Matchers.containsString("A complaint is open."));
        council.recordsOfficer().get("/retention/decisions").body("items", hasSize(2));
        council.recordsOfficer().get("/retention/queue?dueBy=2031-01-01").body("items", hasSize(2));
    }

    @Test
    void a_destruction_leaves_the_queue_and_waits_for_a_second_records_officer_where_the_organisation_requires_one() {
        Service council = Service.of("LOCAL_AUTHORITY");
        Work due = closedWork(council, "EARLY_HELP", "2005-01-10", "2010-06-30", "1980-05-05", "2000-01-01");
        Work held = closedWork(council, "EARLY_HELP", "2005-01-10", "2010-06-30", "1980-05-05", "2000-01-01");
        Api secondOfficer = Api.withToken(Tokens.of("s." + council.code(), council.code(), "records-officer"));

        council.recordsOfficer()
                .put("/retention/policy", Map.of("secondApproval", true, "reason", "Our board requires it."))
                .statusCode(200)
                .body("secondApproval", equalTo(true));
        hold(council, Map.of("episodeId", held.episode()));
        decide(council, List.of(held.episode()), "DESTROY", null, "Due and nothing pending.")
                .statusCode(422)
                .body("code", equalTo("held"));

        String decision = decide(council, List.of(due.episode()), "DESTROY", null, "Due and nothing pending.")
                .statusCode(201)
                .body("[0].needsApproval", equalTo(true))
                .body("[0].destructionApproved", equalTo(false))
                .extract()
                .path("[0].id");
        council.recordsOfficer().get("/retention/queue").body("items", hasSize(0));
        decide(council, List.of(due.episode()), "DESTROY", null, "Again.").statusCode(409);
        council.recordsOfficer()
                .get("/retention/decisions?awaitingApproval=true")
                .body("items.id", contains(decision));

        council.recordsOfficer()
                .post("/retention/decisions/{id}/approval", Map.of(), decision)
                .statusCode(422)
                .body("code", equalTo("same-officer"));
        secondOfficer
                .post("/retention/decisions/{id}/approval", Map.of(), decision)
                .statusCode(200)
                .body("approvedBy", equalTo("s." + council.code()))
                .body("destructionApproved", equalTo(true));
        secondOfficer
                .post("/retention/decisions/{id}/approval", Map.of(), decision)
                .statusCode(409);
        council.recordsOfficer()
                .get("/retention/decisions?awaitingApproval=true")
                .body("items", hasSize(0));
        Service.of("LOCAL_AUTHORITY")
                .recordsOfficer()
                .post("/retention/decisions/{id}/approval", Map.of(), decision)
                .statusCode(404);
        council.practitioner().get("/retention/policy").statusCode(403);
    }

    @Test
    void two_officers_acting_at_once_get_one_success_and_one_conflict_never_two_versions_or_two_destructions()
            throws Exception {
        Service council = Service.of("LOCAL_AUTHORITY");
        Work due = closedWork(council, "EARLY_HELP", "2005-01-10", "2010-06-30", "1980-05-05", "2000-01-01");
        Api other = Api.withToken(Tokens.of("s." + council.code(), council.code(), "records-officer"));

        List<Integer> settings = Concurrently.atOnce(
                () -> council.recordsOfficer()
                        .put(
                                "/retention/rules/LA-EARLY-HELP/setting",
                                Map.of("version", 0, "formula", "max(DOB+25y, END+3y)", "reason", "One."))
                        .extract()
                        .statusCode(),
                () -> other.put(
                                "/retention/rules/LA-EARLY-HELP/setting",
                                Map.of("version", 0, "formula", "max(DOB+30y, END+3y)", "reason", "Two."))
                        .extract()
                        .statusCode());
        org.assertj.core.api.Assertions.assertThat(settings).containsExactlyInAnyOrder(200, 409);
        council.recordsOfficer().get("/retention/rules/LA-EARLY-HELP").body("settings", hasSize(1));
        council.recordsOfficer()
                .put("/retention/rules/LA-EARLY-HELP/setting", Map.of("version", 1, "reason", "Back."))
                .statusCode(200);

        Map<String, Object> destroy =
                Map.of("records", List.of(due.episode()), "decision", "DESTROY", "reason", "Due.");
        List<Integer> decisions = Concurrently.atOnce(
                () -> council.recordsOfficer()
                        .post("/retention/queue/decisions", destroy)
                        .extract()
                        .statusCode(),
                () -> other.post("/retention/queue/decisions", destroy)
                        .extract()
                        .statusCode());
        org.assertj.core.api.Assertions.assertThat(decisions).containsExactlyInAnyOrder(201, 409);
        council.recordsOfficer().get("/retention/decisions").body("items", hasSize(1));
    }
}
