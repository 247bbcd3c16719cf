package org.cradle.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cradle.bootstrap.api.MembershipApiTest.person;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A subject-access export through HTTP with real tokens: prepared by the lead practitioner, its
 * third-party information marked for redaction, reviewed by a records officer who never sees content,
 * released, and downloaded as JSON and as a printable page.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SubjectAccessApiTest {

    private static final String OWN_NOTE = "Mother came to the group. <script>alert('sar')</script>";
    private static final String NOTE_NAMING_CHILD = "Mother talked about the baby's sleep. CHILDSECRET";
    private static final String NOTE_ABOUT_BOTH = "Both parents were at the visit. FATHERSECRET";

    @Inject
    DataSource dataSource;

    /** Each test acts for an organisation of its own, which creates the family and so works with it. */
    private final String organisation = "sar-" + UUID.randomUUID().toString().substring(0, 8);

    /** Api.openEpisode names j.mensah as the lead practitioner. */
    private final Api lead = Api.withToken(Tokens.of("j.mensah", organisation, "practitioner"));

    private final Api officer = Api.withToken(Tokens.of("r.okafor", organisation, "records-officer"));
    private final Api colleague = Api.withToken(Tokens.of("p.colleague", organisation, "practitioner"));
    private final Api elsewhere = Api.withToken(Tokens.of("e.elsewhere", "other-" + organisation, "safeguarding-lead"));
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    private String family;
    private String mother;
    private String father;
    private String child;
    private String ownNote;
    private String noteNamingChild;
    private String noteAboutBoth;

    /**
     * A family the organisation works with: the mother's own note, one that names the baby, and one
     * about both parents — and the father's consent excludes the mother from anything about him.
     */
    @BeforeEach
    void aFamilyWithNotesAndAnExclusion() {
        family = lead.createFamily("Requested household");
        String episode = lead.openEpisode(family);
        mother = lead.addNewPerson(family, person("Ada", "Asked", "1994-04-04", NhsNumbers.fresh()), "MOTHER", true);
        father = lead.addNewPerson(family, person("Ben", "Asked", "1992-02-02", NhsNumbers.fresh()), "FATHER", true);
        child = lead.addNewPerson(family, person("Cy", "Asked", "2026-06-06", NhsNumbers.fresh()), "CHILD", false);
        Map<String, Object> fathersConsent = Household.ownConsent(father);
        fathersConsent.put("excludedPersonIds", List.of(mother));
        lead.post("/families/{id}/consents", fathersConsent, family).statusCode(201);
        ownNote = note(episode, OWN_NOTE, List.of(mother), List.of());
        noteNamingChild = note(episode, NOTE_NAMING_CHILD, List.of(mother), List.of(child));
        noteAboutBoth = note(episode, NOTE_ABOUT_BOTH, List.of(mother, father), List.of());
    }

    private String note(String episode, String text, List<String> about, List<String> mentions) {
        return lead.post(
                        "/episodes/{id}/case-notes",
                        Map.of(
                                "text",
                                text,
                                "category",
                                "DEVELOPMENT_AND_HEALTH",
                                "kind",
                                "FACT",
                                "about",
                                about,
                                "mentions",
                                mentions),
                        episode)
                .statusCode(201)
                .extract()
                .path("id");
    }

    private JsonPath prepare(String person) {
        return lead.post(
                        "/people/{id}/subject-access-exports",
                        Map.of("receivedOn", today.minusDays(2).toString()),
                        person)
                .statusCode(201)
                .header("Location", containsString("/subject-access-exports/"))
                .extract()
                .jsonPath();
    }

    private static String redactionOf(JsonPath export, String note) {
        return export.getString("redactions.items.find { it.itemId == '" + note + "' }.id");
    }

    @Test
    void an_export_is_prepared_reviewed_released_and_downloaded_with_withheld_content_left_out() throws Exception {
        String consent = lead.post("/families/{id}/consents", Household.ownConsent(mother), family)
                .statusCode(201)
                .extract()
                .path("id");
        JsonPath prepared = prepare(mother);
        String export = prepared.getString("id");

        // Prepared: the note naming the baby and the one about both parents are marked, with why.
        assertThat(prepared.getString("status")).isEqualTo("AWAITING_REDACTION_REVIEW");
        assertThat(prepared.getString("personId")).isEqualTo(mother);
        assertThat(prepared.getString("requestedBy")).isEqualTo(mother);
        assertThat(prepared.getString("respondBy"))
                .isEqualTo(today.minusDays(2).plusMonths(1).toString());
        assertThat(prepared.getString("preparedBy")).isEqualTo("j.mensah");
        assertThat(prepared.getList("redactions.items.itemId", String.class))
                .containsExactlyInAnyOrder(noteNamingChild, noteAboutBoth);
        assertThat(prepared.getList("redactions.items.itemKind", String.class)).containsOnly("CASE_NOTE");
        assertThat(prepared.getList("redactions.items.find { it.itemId == '" + noteNamingChild + "' }.reasons"))
                .containsExactly("THIRD_PARTY");
        assertThat(prepared.getList("redactions.items.find { it.itemId == '" + noteAboutBoth + "' }.reasons"))
                .containsExactlyInAnyOrder("EXCLUDED_BY_CONSENT", "THIRD_PARTY");
        assertThat(prepared.getList("redactions.items.review", String.class)).containsOnly("PENDING");
        assertThat(prepared.prettify()).doesNotContain("CHILDSECRET", "FATHERSECRET", "Mother came");

        // The records officer sees the state and the redactions, never the content; the release waits for them.
        officer.post("/subject-access-exports/{id}/release", Map.of(), export)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("redactions-unconfirmed"))
                .body("detail", startsWith("2 of the export's 2 redactions are not reviewed yet"));
        String seenByOfficer = officer.get("/subject-access-exports/{id}", export)
                .statusCode(200)
                .body("unreviewed", equalTo(2))
                .extract()
                .asString();
        assertThat(seenByOfficer).doesNotContain("CHILDSECRET", "FATHERSECRET", "Mother came", "Ada", "Asked");

        // What the father's consent excludes is never disclosed; the baby's mention may be, with a reason.
        officer.post(
                        "/subject-access-exports/{id}/redactions/{r}/disclosure",
                        Map.of("reason", "The mother holds parental responsibility."),
                        export,
                        redactionOf(prepared, noteAboutBoth))
                .statusCode(422)
                .body("code", equalTo("consent-exclusion-binds"));
        officer.post(
                        "/subject-access-exports/{id}/redactions/{r}/confirmation",
                        Map.of("reason", "The father's consent excludes her."),
                        export,
                        redactionOf(prepared, noteAboutBoth))
                .statusCode(200)
                .body("status", equalTo("AWAITING_REDACTION_REVIEW"))
                .body("redactions.items.find { it.itemId == '" + noteAboutBoth + "' }.review", equalTo("WITHHELD"))
                .body("redactions.items.find { it.itemId == '" + noteAboutBoth + "' }.reviewedBy", equalTo("r.okafor"));
        officer.post(
                        "/subject-access-exports/{id}/redactions/{r}/disclosure",
                        Map.of("reason", "The mother holds parental responsibility for the baby."),
                        export,
                        redactionOf(prepared, noteNamingChild))
                .statusCode(200)
                .body("status", equalTo("READY"));
        officer.post(
                        "/subject-access-exports/{id}/redactions/{r}/confirmation",
                        Map.of("reason", "On second thoughts."),
                        export,
                        redactionOf(prepared, noteNamingChild))
                .statusCode(409)
                .body("code", equalTo("redaction-already-reviewed"));

        // Only a records officer releases it; the release says who and when, and is final.
        lead.post("/subject-access-exports/{id}/release", Map.of(), export).statusCode(403);
        officer.post("/subject-access-exports/{id}/release", Map.of(), export)
                .statusCode(200)
                .body("status", equalTo("RELEASED"))
                .body("releasedBy", equalTo("r.okafor"))
                .body("releasedAt", notNullValue());
        officer.post("/subject-access-exports/{id}/release", Map.of(), export)
                .statusCode(409)
                .body("code", equalTo("export-released"));

        // The package: the disclosed note and her own, a marker for the withheld one, who released it and when.
        officer.get("/subject-access-exports/{id}/package", export).statusCode(403);
        JsonPath released = lead.get("/subject-access-exports/{id}/package", export)
                .statusCode(200)
                .body("releasedBy", equalTo("r.okafor"))
                .body("releasedAt", notNullValue())
                .body("personId", equalTo(mother))
                .extract()
                .jsonPath();
        String caseNotes = "sections.find { it.kind == 'CASE_NOTE' }.entries";
        assertThat(released.getList(caseNotes + ".findAll { !it.withheld }.recordId", String.class))
                .containsExactlyInAnyOrder(ownNote, noteNamingChild);
        assertThat(released.getList(caseNotes + ".findAll { !it.withheld }.fields.text", String.class))
                .containsExactlyInAnyOrder(OWN_NOTE, NOTE_NAMING_CHILD);
        assertThat(released.getList(caseNotes + ".findAll { it.withheld }.reason", String.class))
                .containsExactly("Withheld: information about another person.");
        assertThat(released.prettify()).doesNotContain("FATHERSECRET", "excludes");
        assertThat(released.getList("sections.kind", String.class))
                .containsExactly(
                        "PERSON_DETAILS",
                        "FAMILY_MEMBERSHIP",
                        "EPISODE",
                        "CASE_NOTE",
                        "CONSENT",
                        "CONFIDENTIALITY_NOTICE",
                        "DISCLOSURE",
                        "ACCESS");
        assertThat(released.getString("sections.find { it.kind == 'PERSON_DETAILS' }.entries[0].fields.givenName"))
                .isEqualTo("Ada");
        assertThat(released.getList("sections.find { it.kind == 'CONSENT' }.entries.recordId", String.class))
                .containsExactly(consent);
        // People are named as the reader knows them, not by Cradle's ids.
        assertThat(released.getString("sections.find { it.kind == 'CONSENT' }.entries[0].fields.subject"))
                .isEqualTo("Ada Asked");
        assertThat(released.getList(caseNotes + ".findAll { !it.withheld }.fields.about", String.class))
                .contains("Ada Asked");
        assertThat(released.prettify()).doesNotContain("\"subject\": \"" + mother);
        assertThat(released.getList("sections.find { it.kind == 'ACCESS' }.entries.fields.action", String.class))
                .contains("CASE_NOTE_WRITTEN");

        // The printable page: every value escaped.
        String page = lead.request()
                .accept("text/html")
                .get("/subject-access-exports/{id}/package.html", export)
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .extract()
                .asString();
        assertThat(page)
                .contains("&lt;script&gt;alert(&#39;sar&#39;)&lt;/script&gt;", "r.okafor", "Withheld: information")
                .doesNotContain("<script", "FATHERSECRET");

        // What was released is never edited, not even in the database.
        assertThat(updateRefused("update subject_access_export set released_by = 'someone.else' where id = ?", export))
                .isTrue();
        assertThat(updateRefused(
                        "update subject_access_item set field_values = field_values where export_id = ?", export))
                .isTrue();

        // Every step is in the person's trail, and the disclosed note's third party in the baby's.
        lead.get("/people/{id}/access-log?size=100", mother)
                .statusCode(200)
                .body(
                        "items.action",
                        hasItems(
                                "SUBJECT_ACCESS_EXPORT_PREPARED",
                                "SUBJECT_ACCESS_EXPORT_READ",
                                "SUBJECT_ACCESS_REDACTION_CONFIRMED",
                                "SUBJECT_ACCESS_REDACTION_DISCLOSED",
                                "SUBJECT_ACCESS_EXPORT_RELEASED",
                                "SUBJECT_ACCESS_PACKAGE_READ"));
        lead.get("/people/{id}/access-log?size=100", child)
                .statusCode(200)
                .body("items.action", hasItems("SUBJECT_ACCESS_EXPORT_PREPARED", "SUBJECT_ACCESS_REDACTION_DISCLOSED"));
    }

    @Test
    void another_organisation_gets_404_exactly_as_for_an_export_that_does_not_exist() {
        String export = prepare(mother).getString("id");
        String missing = UUID.randomUUID().toString();

        for (String path : List.of("/subject-access-exports/{id}", "/subject-access-exports/{id}/package")) {
            JsonPath foreign =
                    elsewhere.get(path, export).statusCode(404).extract().jsonPath();
            JsonPath absent =
                    elsewhere.get(path, missing).statusCode(404).extract().jsonPath();
            assertThat(foreign.getString("detail").replace(export, "ID"))
                    .isEqualTo(absent.getString("detail").replace(missing, "ID"));
            assertThat(foreign.getString("code")).isEqualTo(absent.getString("code"));
        }
        Api.withToken(Tokens.of("e.officer", "other-" + organisation, "records-officer"))
                .post("/subject-access-exports/{id}/release", Map.of(), export)
                .statusCode(404);
        elsewhere
                .post("/people/{id}/subject-access-exports", Map.of("receivedOn", today.toString()), mother)
                .statusCode(404);
    }

    @Test
    void a_records_officer_cannot_prepare_an_export_nor_a_practitioner_release_or_review_one() {
        officer.post("/people/{id}/subject-access-exports", Map.of("receivedOn", today.toString()), mother)
                .statusCode(403)
                .contentType("application/problem+json");
        JsonPath prepared = prepare(mother);
        lead.post("/subject-access-exports/{id}/release", Map.of(), prepared.getString("id"))
                .statusCode(403);
        lead.post(
                        "/subject-access-exports/{id}/redactions/{r}/confirmation",
                        Map.of("reason", "Mine to decide?"),
                        prepared.getString("id"),
                        redactionOf(prepared, noteAboutBoth))
                .statusCode(403);
    }

    @Test
    void only_those_who_see_all_the_organisation_holds_about_the_person_prepare_or_download_it() {
        colleague
                .post("/people/{id}/subject-access-exports", Map.of("receivedOn", today.toString()), mother)
                .statusCode(403)
                .body("detail", containsString("lead practitioner, the team around the family or a safeguarding lead"));
        String export = prepare(mother).getString("id");
        colleague.get("/subject-access-exports/{id}/package", export).statusCode(403);
        colleague
                .request()
                .accept("text/html")
                .get("/subject-access-exports/{id}/package.html", export)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        lead.get("/subject-access-exports/{id}/package.html", export)
                .statusCode(406)
                .contentType("application/problem+json");
        lead.get("/subject-access-exports/{id}/package", export)
                .statusCode(409)
                .body("code", equalTo("export-not-released"));
    }

    @Test
    void an_invalid_request_is_refused_naming_the_field_and_nothing_is_written() throws Exception {
        long before = exports();

        lead.post(
                        "/people/{id}/subject-access-exports",
                        Map.of("receivedOn", today.plusDays(1).toString()),
                        mother)
                .statusCode(400)
                .body("errors.field", hasItem("receivedOn"))
                .body("errors.rule", hasItem("not-in-future"));
        lead.post("/people/{id}/subject-access-exports", Map.of(), mother)
                .statusCode(400)
                .body("errors.field", hasItem("receivedOn"))
                .body("errors.rule", hasItem("required"));
        lead.post(
                        "/people/{id}/subject-access-exports",
                        Map.of("receivedOn", today.toString(), "requestedBy", child),
                        mother)
                .statusCode(422)
                .body("code", equalTo("requester-without-parental-responsibility"))
                .body("errors.field", hasItem("requestedBy"));
        String export = prepare(mother).getString("id");
        officer.post(
                        "/subject-access-exports/{id}/redactions/{r}/confirmation",
                        Map.of("reason", " "),
                        export,
                        UUID.randomUUID())
                .statusCode(400)
                .body("errors.field", hasItem("reason"));

        assertThat(exports()).isEqualTo(before + 1);
    }

    @Test
    void a_parent_asks_for_their_baby_and_what_the_other_parents_consent_excludes_is_withheld() {
        Map<String, Object> mothersConsent = Household.ownConsent(mother);
        mothersConsent.put("excludedPersonIds", List.of(father));
        lead.post("/families/{id}/consents", mothersConsent, family).statusCode(201);
        String episode = lead.get("/families/{id}/episodes", family).extract().path("items[0].id");
        String babysOwn = note(episode, "Baby weighed and well.", List.of(child), List.of());
        String linked = note(episode, "Mother and baby settled.", List.of(child, mother), List.of());

        JsonPath prepared = lead.post(
                        "/people/{id}/subject-access-exports",
                        Map.of("receivedOn", today.toString(), "requestedBy", father),
                        child)
                .statusCode(201)
                .body("requestedBy", equalTo(father))
                .body("redactions.items.itemId", not(hasItem(babysOwn)))
                .extract()
                .jsonPath();

        assertThat(prepared.getList("redactions.items.find { it.itemId == '" + linked + "' }.reasons"))
                .containsExactlyInAnyOrder("EXCLUDED_BY_CONSENT", "THIRD_PARTY");
        assertThat(prepared.getList("redactions.items.itemId", String.class)).doesNotContain(babysOwn);
    }

    @Test
    void the_review_queue_lists_the_organisations_exports_awaiting_review_to_records_officers() {
        String export = prepare(mother).getString("id");

        officer.get("/subject-access-exports?status=AWAITING_REDACTION_REVIEW&size=100")
                .statusCode(200)
                .body("items.id", hasItem(export))
                .body("items[0].redactions", nullValue());
        lead.get("/subject-access-exports").statusCode(403);
        lead.get("/subject-access-exports?personId={id}", mother)
                .statusCode(200)
                .body("items.id", containsInAnyOrder(export))
                .body("totalItems", equalTo(1));
        officer.get("/subject-access-exports?status=SOMETIMES").statusCode(400).body("errors.field", hasItem("status"));
    }

    private boolean updateRefused(String sql, String export) throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(sql)) {
            statement.setObject(1, UUID.fromString(export));
            statement.executeUpdate();
            return false;
        } catch (java.sql.SQLException refused) {
            return refused.getMessage().contains("never");
        }
    }

    private long exports() throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "select count(*) from subject_access_export where organisation = ?")) {
            statement.setString(1, organisation);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
