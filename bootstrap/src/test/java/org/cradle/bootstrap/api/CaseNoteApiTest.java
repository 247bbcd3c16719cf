package org.cradle.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cradle.bootstrap.api.MembershipApiTest.person;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class CaseNoteApiTest {

    @Inject
    DataSource dataSource;

    /** Each test acts for an organisation of its own, which creates the family and so works with it. */
    private final String organisation = "notes-" + UUID.randomUUID().toString().substring(0, 8);

    private final Api author = Api.withToken(Tokens.of("a.author", organisation, "practitioner"));
    /** Api.openEpisode names j.mensah as the lead practitioner. */
    private final Api lead = Api.withToken(Tokens.of("j.mensah", organisation, "practitioner"));

    private final Api colleague = Api.withToken(Tokens.of("p.colleague", organisation, "practitioner"));
    private final Api teamManager = Api.withToken(Tokens.of("m.manager", organisation, "team-manager"));
    private final Api safeguardingLead = Api.withToken(Tokens.of("s.lead", organisation, "safeguarding-lead"));
    private final Api auditor = Api.withToken(Tokens.of("a.auditor", organisation, "auditor"));
    private final Api elsewhere = Api.withToken(Tokens.of("e.elsewhere", "other-" + organisation, "safeguarding-lead"));

    private String family;
    private String episode;
    private String mother;
    private String father;
    private String child;

    @BeforeEach
    void aFamilyWithAnEpisode() {
        family = author.createFamily("Noted household");
        episode = author.openEpisode(family);
        mother = author.addNewPerson(family, person("Ada", "Noted", "1994-04-04", NhsNumbers.fresh()), "MOTHER", true);
        father = author.addNewPerson(family, person("Ben", "Noted", "1992-02-02", NhsNumbers.fresh()), "FATHER", true);
        child = author.addNewPerson(family, person("Cy", "Noted", "2026-06-06", NhsNumbers.fresh()), "CHILD", false);
    }

    @Test
    void a_note_is_written_on_an_episode_and_read_back() {
        var created = author.post(
                        "/episodes/{id}/case-notes",
                        note("Home visit.\n\nFeeding observed.", "DEVELOPMENT_AND_HEALTH", List.of(child, mother))
                                .with("mentions", List.of(father)),
                        episode)
                .statusCode(201)
                .body("id", notNullValue())
                .body("episodeId", equalTo(episode))
                .body("familyId", equalTo(family))
                .body("organisation", equalTo(organisation))
                .body("author", equalTo("a.author"))
                .body("version", equalTo(1))
                .body("latestVersion", equalTo(1))
                .body("text", equalTo("Home visit.\n\nFeeding observed."))
                .body("category", equalTo("DEVELOPMENT_AND_HEALTH"))
                .body("kind", equalTo("FACT"))
                .body("about", contains(child, mother))
                .body("mentions", contains(father))
                .body("writtenBy", equalTo("a.author"))
                .body("correctionReason", nullValue())
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/case-notes/" + id);

        author.get("/case-notes/{id}", id).statusCode(200).body("text", equalTo("Home visit.\n\nFeeding observed."));
        author.get("/episodes/{id}/case-notes", episode)
                .statusCode(200)
                .body("items.id", contains(id))
                .body("totalItems", equalTo(1));
    }

    @Test
    void a_correction_is_a_new_version_and_the_old_one_stays_readable() {
        String id = write(author, "Visit on Tuesday.", "BASIC_DETAILS");

        var corrected = lead.post(
                        "/case-notes/{id}/versions",
                        correction(1, "The visit was on Monday.", "Visit on Monday.", "BASIC_DETAILS"),
                        id)
                .statusCode(201)
                .body("version", equalTo(2))
                .body("latestVersion", equalTo(2))
                .body("text", equalTo("Visit on Monday."))
                .body("writtenBy", equalTo("j.mensah"))
                .body("author", equalTo("a.author"))
                .body("correctionReason", equalTo("The visit was on Monday."))
                .extract();
        assertThat(corrected.header("Location")).endsWith("/api/v1/case-notes/" + id + "/versions/2");

        author.get("/case-notes/{id}", id).body("version", equalTo(2)).body("text", equalTo("Visit on Monday."));
        author.get("/case-notes/{id}/versions/{n}", id, 1)
                .statusCode(200)
                .body("version", equalTo(1))
                .body("latestVersion", equalTo(2))
                .body("text", equalTo("Visit on Tuesday."));
        author.get("/case-notes/{id}/versions", id)
                .statusCode(200)
                .body("items.version", contains(1, 2))
                .body("items.text", contains("Visit on Tuesday.", "Visit on Monday."))
                .body("totalItems", equalTo(2));
        author.get("/case-notes/{id}/versions/{n}", id, 3).statusCode(404);
        author.get("/case-notes/{id}/versions/{n}", id, "two").statusCode(404);
    }

    @Test
    void every_read_and_write_is_audited_once_for_each_person_the_note_is_about() {
        String id = author.post(
                        "/episodes/{id}/case-notes",
                        note("Joint session.", "BASIC_DETAILS", List.of(child, mother)),
                        episode)
                .statusCode(201)
                .extract()
                .path("id");
        author.get("/case-notes/{id}", id).statusCode(200);
        author.post(
                        "/case-notes/{id}/versions",
                        correction(1, "Spelling.", "Joint sesion.", "BASIC_DETAILS")
                                .with("about", List.of(child, mother)),
                        id)
                .statusCode(201);
        author.get("/episodes/{id}/case-notes", episode).statusCode(200);
        author.get("/case-notes/{id}/versions", id).statusCode(200);
        author.get("/case-notes/{id}/versions/{n}", id, 1).statusCode(200);

        auditor.get("/audit-events?recordId={id}&size=100", id)
                .statusCode(200)
                .body(
                        "items.action",
                        contains(
                                "CASE_NOTE_WRITTEN",
                                "CASE_NOTE_WRITTEN",
                                "CASE_NOTE_READ",
                                "CASE_NOTE_READ",
                                "CASE_NOTE_CORRECTED",
                                "CASE_NOTE_CORRECTED",
                                "CASE_NOTE_READ",
                                "CASE_NOTE_READ",
                                "CASE_NOTE_READ",
                                "CASE_NOTE_READ",
                                "CASE_NOTE_READ",
                                "CASE_NOTE_READ",
                                "CASE_NOTE_READ",
                                "CASE_NOTE_READ"))
                .body("items.recordType", everyItem(equalTo("CASE_NOTE")))
                .body("items.familyId", everyItem(equalTo(family)))
                .body("items.category", everyItem(equalTo("BASIC_DETAILS")))
                .body("items.personId", everyItem(org.hamcrest.Matchers.oneOf(child, mother)))
                .body("items.actorSubject", everyItem(equalTo("a.author")));
    }

    @Test
    void a_sensitive_note_is_read_only_by_its_author_the_lead_practitioner_and_a_safeguarding_lead() {
        String ordinary = write(author, "Feeding observed.", "DEVELOPMENT_AND_HEALTH");
        String sensitive = write(author, "Mother spoke of low mood.", "MENTAL_HEALTH");

        for (Api reader : List.of(author, lead, safeguardingLead)) {
            reader.get("/episodes/{id}/case-notes", episode)
                    .statusCode(200)
                    .body("items.id", contains(sensitive, ordinary))
                    .body("totalItems", equalTo(2));
            reader.get("/case-notes/{id}", sensitive).statusCode(200).body("category", equalTo("MENTAL_HEALTH"));
        }

        colleague
                .get("/episodes/{id}/case-notes", episode)
                .statusCode(200)
                .body("items", empty())
                .body("totalItems", equalTo(0));
        colleague.get("/case-notes/{id}", sensitive).statusCode(404).contentType("application/problem+json");
        colleague.get("/case-notes/{id}/versions/{n}", sensitive, 1).statusCode(404);
    }

    @Test
    void a_team_manager_reads_the_notes_that_are_not_sensitive_only() {
        String ordinary = write(author, "Feeding observed.", "DEVELOPMENT_AND_HEALTH");
        String sensitive = write(author, "Disclosure of past abuse.", "DOMESTIC_ABUSE");

        teamManager
                .get("/episodes/{id}/case-notes", episode)
                .statusCode(200)
                .body("items.id", contains(ordinary))
                .body("items.id", not(hasItem(sensitive)))
                .body("totalItems", equalTo(1));
        teamManager.get("/case-notes/{id}", ordinary).statusCode(200);
        teamManager.get("/case-notes/{id}", sensitive).statusCode(404);
        teamManager.get("/case-notes/{id}/versions", sensitive).statusCode(404);
    }

    @Test
    void an_organisation_that_does_not_work_with_the_family_finds_neither_the_episode_nor_its_notes() throws Exception {
        String id = write(author, "Feeding observed.", "BASIC_DETAILS");
        long notes = count("case_note");
        long versions = count("case_note_version");

        elsewhere.get("/episodes/{id}/case-notes", episode).statusCode(404);
        elsewhere.get("/case-notes/{id}", id).statusCode(404);
        elsewhere.get("/case-notes/{id}/versions", id).statusCode(404);
        elsewhere
                .post("/episodes/{id}/case-notes", note("Mine.", "BASIC_DETAILS", List.of(child)), episode)
                .statusCode(404);
        elsewhere
                .post("/case-notes/{id}/versions", correction(1, "Mine.", "Mine.", "BASIC_DETAILS"), id)
                .statusCode(404);

        assertThat(count("case_note")).isEqualTo(notes);
        assertThat(count("case_note_version")).isEqualTo(versions);
    }

    @Test
    void only_the_author_the_lead_practitioner_or_a_safeguarding_lead_corrects_a_note() throws Exception {
        String id = write(author, "Feeding observed.", "BASIC_DETAILS");
        long versions = count("case_note_version");
        long events = count("audit_event where action <> 'ACCESS_DENIED'");

        teamManager
                .post("/case-notes/{id}/versions", correction(1, "Mine.", "Changed.", "BASIC_DETAILS"), id)
                .statusCode(403)
                .contentType("application/problem+json");
        safeguardingLead
                .post("/case-notes/{id}/versions", correction(1, "Clarified.", "Bottle feeding.", "BASIC_DETAILS"), id)
                .statusCode(201);
        author.post("/case-notes/{id}/versions", correction(1, "Late.", "Breast feeding.", "BASIC_DETAILS"), id)
                .statusCode(409)
                .body("code", equalTo("stale-version"));

        assertThat(count("case_note_version")).isEqualTo(versions + 1);
        assertThat(count("audit_event where action <> 'ACCESS_DENIED'")).isEqualTo(events + 1);
    }

    @Test
    void invalid_notes_are_refused_naming_the_field_and_the_rule_and_nothing_is_written() throws Exception {
        String stranger = author.addNewPerson(
                author.createFamily("Other household"),
                person("Dee", "Other", "1990-01-01", NhsNumbers.fresh()),
                "MOTHER",
                true);
        String id = write(author, "Feeding observed.", "BASIC_DETAILS");
        long notes = count("case_note");
        long versions = count("case_note_version");
        long events = count("audit_event");

        author.post("/episodes/{id}/case-notes", Map.of("kind", "SPECULATION", "about", List.of()), episode)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("kind"));
        author.post(
                        "/episodes/{id}/case-notes",
                        note("  ", "BASIC_DETAILS", List.of(child)).without("kind"),
                        episode)
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("text", "kind"))
                .body("errors.rule", containsInAnyOrder("required", "required"));
        author.post("/episodes/{id}/case-notes", note("x".repeat(20_001), "BASIC_DETAILS", List.of(child)), episode)
                .statusCode(400)
                .body("errors[0].field", equalTo("text"))
                .body("errors[0].rule", equalTo("max-length"));
        author.post("/episodes/{id}/case-notes", note("Visit.", "BASIC_DETAILS", List.of()), episode)
                .statusCode(400)
                .body("errors[0].field", equalTo("about"))
                .body("errors[0].rule", equalTo("required"));
        author.post(
                        "/episodes/{id}/case-notes",
                        note("Visit.", "BASIC_DETAILS", List.of(child)).with("mentions", List.of(father, child)),
                        episode)
                .statusCode(400)
                .body("errors[0].field", equalTo("mentions[1]"))
                .body("errors[0].rule", equalTo("not-also-about"));
        author.post(
                        "/episodes/{id}/case-notes",
                        note("Visit.", "BASIC_DETAILS", List.of(child)).with("mentions", List.of(stranger)),
                        episode)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("not-a-member"))
                .body("errors[0].field", equalTo("mentions[0]"));
        author.post("/case-notes/{id}/versions", correction(1, " ", "Changed.", "BASIC_DETAILS"), id)
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"))
                .body("errors[0].rule", equalTo("required"));
        author.post("/case-notes/{id}/versions", correction(1, "Same.", "Feeding observed.", "BASIC_DETAILS"), id)
                .statusCode(422)
                .body("code", equalTo("nothing-corrected"));

        assertThat(count("case_note")).isEqualTo(notes);
        assertThat(count("case_note_version")).isEqualTo(versions);
        assertThat(count("audit_event")).isEqualTo(events);
    }

    private String write(Api api, String text, String category) {
        return api.post("/episodes/{id}/case-notes", note(text, category, List.of(child)), episode)
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Body note(String text, String category, List<String> about) {
        Body body = new Body();
        body.put("text", text);
        body.put("category", category);
        body.put("kind", "FACT");
        body.put("about", about);
        return body;
    }

    private Body correction(int expectedVersion, String reason, String text, String category) {
        Body body = note(text, category, List.of(child));
        body.put("expectedVersion", expectedVersion);
        body.put("reason", reason);
        return body;
    }

    /** A request body that reads as the change it makes to a valid one. */
    static final class Body extends HashMap<String, Object> {
        Body with(String key, Object value) {
            put(key, value);
            return this;
        }

        Body without(String key) {
            remove(key);
            return this;
        }
    }

    private long count(String table) throws Exception {
        return Rows.count(dataSource, table);
    }
}
