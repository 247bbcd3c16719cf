package org.cradle.bootstrap.api.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.bootstrap.api.Api;
import org.cradle.bootstrap.api.Decisions;
import org.cradle.bootstrap.api.Household;
import org.cradle.bootstrap.api.NhsNumbers;
import org.cradle.bootstrap.api.Tokens;
import org.cradle.bootstrap.api.contract.OpenApiOperations.Operation;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.actor.Role;
import org.junit.jupiter.api.Test;

/**
 * The authorisation matrix: every operation of the OpenAPI document × every role × the caller's
 * organisation — the one that holds the family (own), one it referred the infant to (referred), one
 * with no part in it (none), and a token naming no organisation (a fourth organisation broke the glass
 * on the family, so that break-glass reviews have something to show) — asserting the exact status of every
 * read, that every change is refused unless the caller may make it, and that no answer carries a name,
 * an NHS number or a note the caller may not see.
 *
 * <p>An operation missing from {@link #READS} fails the test: a new endpoint must say here who may read
 * it. Changes are sent with an empty body, so nothing changes; their success cases are in the feature
 * tests.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class AuthorisationMatrixTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NONE_ORG = "east-council";
    private static final String SECRET_NOTE = "MATRIXSECRETNOTE";

    enum Context {
        OWN,
        REFERRED,
        NONE,
        NO_ORGANISATION
    }

    /** What a read answers a caller whose roles allow it, by context; roles that do not get 403. */
    @FunctionalInterface
    interface Expect {
        int status(Role role, Context context);
    }

    private static Expect everywhere(int status) {
        return (role, context) -> status;
    }

    private static Expect byContext(int own, int referred, int none) {
        return (role, context) -> switch (context) {
            case OWN -> own;
            case REFERRED -> referred;
            default -> none;
        };
    }

    private static final Map<String, Expect> READS = new LinkedHashMap<>();

    static {
        READS.put("/families", everywhere(200));
        READS.put("/families/{familyId}", byContext(200, 200, 404));
        READS.put("/families/{familyId}/episodes", byContext(200, 200, 404));
        READS.put("/families/{familyId}/consents", byContext(200, 200, 404));
        READS.put("/families/{familyId}/confidentiality-notices", byContext(200, 200, 404));
        READS.put("/people/{personId}", byContext(200, 404, 404));
        READS.put("/people/{personId}/consents", byContext(200, 404, 404));
        READS.put("/people/{personId}/consent-history", byContext(200, 404, 404));
        READS.put(
                "/people/{personId}/access-log",
                (role, context) -> context == Context.OWN ? (role == Role.PRACTITIONER ? 403 : 200) : 404);
        READS.put("/episodes/{episodeId}", byContext(200, 200, 404));
        READS.put("/episodes/{episodeId}/team", byContext(200, 200, 404));
        READS.put("/episodes/{episodeId}/case-notes", byContext(200, 200, 404));
        Expect sensitiveNote = (role, context) -> context == Context.OWN && role == Role.SAFEGUARDING_LEAD ? 200 : 404;
        READS.put("/case-notes/{caseNoteId}", sensitiveNote);
        READS.put("/case-notes/{caseNoteId}/versions", sensitiveNote);
        READS.put("/case-notes/{caseNoteId}/versions/{version}", sensitiveNote);
        READS.put("/consents/{consentId}", byContext(200, 404, 404));
        READS.put("/consents/{consentId}/versions/{version}/receipt", byContext(200, 404, 404));
        READS.put("/consents/due-for-review", everywhere(200));
        READS.put("/confidentiality-notices/{noticeId}", byContext(200, 404, 404));
        READS.put("/confidentiality-notices/due-for-revisit", everywhere(200));
        READS.put("/referrals", everywhere(200));
        READS.put("/referrals/{referralId}", byContext(200, 200, 404));
        READS.put("/referral-requests", everywhere(200));
        READS.put("/referral-requests/{referralRequestId}", byContext(200, 404, 404));
        READS.put("/break-glass-accesses", everywhere(200));
        READS.put("/break-glass-accesses/{breakGlassAccessId}", byContext(200, 404, 404));
        // The decision is north's, with south-council (referred the child) as its recipient; the
        // disclosure log is the mother's, whom south's referral does not name.
        // The fixture's decision withholds from the referred organisation: it is not theirs to see.
        READS.put("/sharing-decisions/{sharingDecisionId}", byContext(200, 404, 404));
        READS.put("/people/{personId}/disclosures", byContext(200, 404, 404));
        READS.put("/families/{familyId}/sharing-decisions", byContext(200, 200, 404));
        READS.put("/sharing-decisions", everywhere(200));
        READS.put("/sharing-decisions/subjects-to-tell", everywhere(200));
        // The export is north's, of the child (whose consent the mother gave: a redaction awaits review).
        // Without a person, only records officers list exports; the package is for those who may prepare
        // one (the safeguarding lead here), and not released yet.
        READS.put("/subject-access-exports", (role, context) -> role == Role.RECORDS_OFFICER ? 200 : 403);
        READS.put("/subject-access-exports/{exportId}", byContext(200, 404, 404));
        Expect unreleasedPackage =
                (role, context) -> context != Context.OWN ? 404 : role == Role.SAFEGUARDING_LEAD ? 409 : 403;
        READS.put("/subject-access-exports/{exportId}/package", unreleasedPackage);
        READS.put("/subject-access-exports/{exportId}/package.html", unreleasedPackage);
        // The schedule holds no personal data; a record's retention is for its organisation's records officers.
        READS.put("/retention/rules", everywhere(200));
        READS.put("/retention/rules/{ruleId}", everywhere(200));
        READS.put("/episodes/{episodeId}/retention", byContext(200, 404, 404));
        READS.put("/retention/holds", everywhere(200));
        READS.put("/retention/queue", everywhere(200));
        READS.put("/retention/decisions", everywhere(200));
        READS.put("/retention/policy", everywhere(200));
        READS.put("/retention/holds/{holdId}", byContext(200, 404, 404));
        // No record of the fixture is destroyed: the certificate named is no one's (RetentionSweepApiTest reads real
        // ones).
        READS.put("/retention/certificates", everywhere(200));
        READS.put("/retention/certificates/{certificateId}", everywhere(404));
        READS.put("/retention/certificates/{certificateId}/certificate.html", everywhere(404));
        // A session video stays with the organisation that recorded it; played for the work by its circle (the
        // lead practitioner, the team, safeguarding leads: of the matrix's callers, the safeguarding lead).
        READS.put("/episodes/{episodeId}/videos", byContext(200, 404, 404));
        READS.put("/videos/{videoId}", byContext(200, 404, 404));
        Expect played = (role, context) -> context != Context.OWN ? 404 : role == Role.SAFEGUARDING_LEAD ? 200 : 403;
        READS.put("/videos/{videoId}/content", played);
        READS.put("HEAD /videos/{videoId}/content", played);
        // An upload is continued only by whoever created it (the fixture's lead, not a matrix caller).
        READS.put("HEAD /video-uploads/{videoId}", byContext(403, 404, 404));
        READS.put("OPTIONS /video-uploads", everywhere(204));
        READS.put("/audit-events", everywhere(200));
        READS.put("/audit-chain/verification", everywhere(200));
        READS.put("/organisations", everywhere(200));
        READS.put("/me", everywhere(200));
    }

    /**
     * Changes that take no body and change nothing a caller could see twice (recomputing what is derived):
     * an empty body is all they take, so a caller whose role allows them gets 200.
     */
    private static final Map<String, Expect> IDEMPOTENT_WITHOUT_BODY = Map.of(
            "POST /retention/queue/recomputation",
            everywhere(200),
            // A storage check reads a video's sealed bytes through and says whether they are whole: no one's
            // information is shown, checking again finds the same, and only the video's organisation may.
            "POST /videos/{videoId}/integrity-check",
            byContext(200, 404, 404),
            // Re-wrapping keys touches no video's bytes and shows nothing but a count.
            "POST /video-storage/key-rewrap",
            everywhere(200));

    private static final Set<Role> CONTENT_ROLES =
            Set.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SAFEGUARDING_LEAD, Role.INTEGRATOR);

    @Test
    void every_operation_answers_every_role_of_every_organisation_exactly_and_shows_nothing_it_may_not()
            throws Exception {
        Fixture fixture = fixture();
        JsonNode document = JSON.readTree(
                given().accept("application/json").get("/q/openapi?format=json").asString());
        List<Operation> operations = new OpenApiOperations(document).under("/api/v1");
        Map<String, Optional<Capability>> capabilities = capabilities();

        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Operation operation : operations) {
            String path = operation.path().substring("/api/v1".length());
            String key = operation.method().toUpperCase(java.util.Locale.ROOT) + " " + path;
            if (!capabilities.containsKey(key)) {
                failures.add(key + ": no resource method found for it");
                continue;
            }
            Optional<Capability> capability = capabilities.get(key);
            boolean read = List.of("get", "head", "options")
                    .contains(operation.method().toLowerCase(java.util.Locale.ROOT));
            String readKey = operation.method().equalsIgnoreCase("get") ? path : key;
            if (read && !READS.containsKey(readKey)) {
                failures.add(key + ": add it to the matrix's READS, saying who may read it");
                continue;
            }
            for (Context context : Context.values()) {
                for (Role role : Role.values()) {
                    Response answer = send(operation, path, fixture, role, context);
                    sent++;
                    String cell = key + " as " + role.tokenName() + " of " + context;
                    boolean allowedByRole =
                            capability.map(c -> c.grantedTo().contains(role)).orElse(true);
                    int status = answer.statusCode();
                    if (context == Context.NO_ORGANISATION || !allowedByRole) {
                        expect(cell, status, 403, failures);
                    } else if (read) {
                        expect(cell, status, READS.get(readKey).status(role, context), failures);
                    } else if (IDEMPOTENT_WITHOUT_BODY.containsKey(key)) {
                        expect(cell, status, IDEMPOTENT_WITHOUT_BODY.get(key).status(role, context), failures);
                    } else if (status < 400 || status >= 500) {
                        failures.add(cell + ": a change with an empty body answered " + status);
                    }
                    leaks(cell, answer.asString(), fixture, role, context, failures);
                }
            }
        }
        System.out.printf(
                java.util.Locale.ROOT,
                "AuthorisationMatrixTest: %d operations, %d requests%n",
                operations.size(),
                sent);
        java.nio.file.Files.write(java.nio.file.Path.of("target", "authorisation-matrix-failures.txt"), failures);
        assertThat(operations).hasSizeGreaterThan(40);
        assertThat(failures).as("%d of %d requests", failures.size(), sent).isEmpty();
    }

    private static void expect(String cell, int actual, int expected, List<String> failures) {
        if (actual != expected) {
            failures.add(cell + ": expected " + expected + " but was " + actual);
        }
    }

    /** Names and NHS numbers of the mother and father, and the sensitive note, go only where they may. */
    private static void leaks(
            String cell, String body, Fixture fixture, Role role, Context context, List<String> failures) {
        boolean seesFamily = context == Context.OWN && CONTENT_ROLES.contains(role);
        List<String> forbidden = new ArrayList<>();
        if (!seesFamily) {
            forbidden.addAll(List.of("Mothersecret", "Fathersecret", fixture.motherNhs(), fixture.fatherNhs()));
        }
        if (!(context == Context.OWN && role == Role.SAFEGUARDING_LEAD)) {
            forbidden.add(SECRET_NOTE);
        }
        for (String secret : forbidden) {
            if (body.contains(secret)) {
                failures.add(cell + ": the answer shows " + secret);
            }
        }
    }

    private Response send(Operation operation, String path, Fixture fixture, Role role, Context context) {
        String organisation =
                switch (context) {
                    case OWN -> Tokens.NORTH;
                    case REFERRED -> Tokens.SOUTH;
                    case NONE -> NONE_ORG;
                    case NO_ORGANISATION -> null;
                };
        String token = organisation == null
                ? Tokens.withoutOrganisation(role.tokenName())
                : Tokens.of("matrix-" + role.tokenName(), organisation, role.tokenName());
        String url = path;
        for (Map.Entry<String, String> known : fixture.paths().entrySet()) {
            url = url.replace("{" + known.getKey() + "}", known.getValue());
        }
        // A video's bytes go as application/offset+octet-stream (tus), every other body as JSON.
        boolean videoBytes = path.startsWith("/video-uploads/");
        var request = Api.withToken(token)
                .request()
                .contentType(videoBytes ? "application/offset+octet-stream" : "application/json")
                .header("Tus-Resumable", "1.0.0");
        if (path.endsWith(".html")) {
            request.accept("text/html");
        }
        if (path.endsWith("/content")) {
            request.accept("*/*");
        }
        return switch (operation.method().toLowerCase(java.util.Locale.ROOT)) {
            case "get" -> request.get(url);
            case "head" -> request.head(url);
            case "options" -> request.options(url);
            case "delete" -> request.delete(url);
            case "patch" -> request.body(new byte[0]).patch(url);
            case "post" -> videoBytes
                    ? request.body(new byte[0]).post(url)
                    : request.body("{}").post(url);
            case "put" -> request.body("{}").put(url);
            default -> throw new IllegalStateException(operation.toString());
        };
    }

    /** The capability each resource method requires, by "METHOD /path" as the OpenAPI document names it. */
    private static Map<String, Optional<Capability>> capabilities() {
        Map<String, Optional<Capability>> found = new HashMap<>();
        for (JavaClass resource : new ClassFileImporter().importPackages("org.cradle.adapters.rest")) {
            Class<?> type = resource.reflect();
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                String verb = method.isAnnotationPresent(GET.class)
                        ? "GET"
                        : method.isAnnotationPresent(POST.class)
                                ? "POST"
                                : method.isAnnotationPresent(PUT.class)
                                        ? "PUT"
                                        : method.isAnnotationPresent(jakarta.ws.rs.PATCH.class)
                                                ? "PATCH"
                                                : method.isAnnotationPresent(jakarta.ws.rs.DELETE.class)
                                                        ? "DELETE"
                                                        : method.isAnnotationPresent(jakarta.ws.rs.HEAD.class)
                                                                ? "HEAD"
                                                                : method.isAnnotationPresent(
                                                                                jakarta.ws.rs.OPTIONS.class)
                                                                        ? "OPTIONS"
                                                                        : null;
                Requires requires = method.getAnnotation(Requires.class);
                if (verb == null || requires == null) {
                    continue;
                }
                Path methodPath = method.getAnnotation(Path.class);
                String path = classPath.value() + (methodPath == null ? "" : methodPath.value());
                path = path.replaceAll("/+$", "").replace("//", "/");
                found.put(
                        verb + " " + (path.isEmpty() ? "/" : path),
                        requires.none() ? Optional.empty() : Optional.of(requires.value()[0]));
            }
        }
        return found;
    }

    /** What the matrix reads: a family north holds, with its infant referred to south. */
    record Fixture(Map<String, String> paths, String motherNhs, String fatherNhs) {}

    private Fixture fixture() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        Api lead = Api.withToken(Tokens.of("j.mensah", Tokens.NORTH, "practitioner", "safeguarding-lead"));
        Api.as("admin")
                .put("/organisations/{code}", Map.of("name", "South Council"), Tokens.SOUTH)
                .statusCode(anyOf(equalTo(200), equalTo(201)));
        String family = lead.createFamily("Matrixfamily");
        lead.openEpisode(family);
        String motherNhs = NhsNumbers.fresh();
        String fatherNhs = NhsNumbers.fresh();
        String mother = lead.addNewPerson(family, person("Mothersecret", "1994-04-04", motherNhs), "MOTHER", true);
        lead.addNewPerson(family, person("Fathersecret", "1992-02-02", fatherNhs), "FATHER", true);
        String child =
                lead.addNewPerson(family, person("Childshown", "2026-06-06", NhsNumbers.fresh()), "CHILD", false);
        String episode = lead.get("/families/{id}/episodes", family).extract().path("items[0].id");
        String consent = lead.post("/families/{id}/consents", Household.ownConsent(mother), family)
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> forChild = Household.ownConsent(child);
        forChild.put("grantorId", mother);
        forChild.put("recipients", List.of(Map.of("kind", "ORGANISATION", "organisation", Tokens.SOUTH)));
        lead.post("/families/{id}/consents", forChild, family).statusCode(201);
        String notice = lead.post(
                        "/families/{id}/confidentiality-notices",
                        Map.of(
                                "personId",
                                mother,
                                "givenOn",
                                today.minusDays(1).toString(),
                                "method",
                                "WRITTEN",
                                "revisitOn",
                                today.plusMonths(6).toString()),
                        family)
                .statusCode(201)
                .extract()
                .path("id");
        String note = lead.post(
                        "/episodes/{id}/case-notes",
                        Map.of(
                                "text",
                                "Low mood disclosed. " + SECRET_NOTE,
                                "category",
                                "MENTAL_HEALTH",
                                "kind",
                                "FACT",
                                "about",
                                List.of(mother)),
                        episode)
                .statusCode(201)
                .extract()
                .path("id");
        String referral = lead.post(
                        "/families/{id}/referrals",
                        Map.of(
                                "to",
                                Tokens.SOUTH,
                                "purpose",
                                "DIRECT_SUPPORT",
                                "people",
                                List.of(child),
                                "categories",
                                List.of("BASIC_DETAILS")),
                        family)
                .statusCode(201)
                .extract()
                .path("id");
        Api.withToken(Tokens.of("k.osei", Tokens.SOUTH, "practitioner"))
                .post("/referrals/{id}/acceptance", Map.of(), referral)
                .statusCode(200);
        String request = Api.withToken(Tokens.of("w.ward", "west-council", "practitioner"))
                .post("/referral-requests", Map.of("nhsNumber", fatherNhs, "purpose", "DIRECT_SUPPORT"))
                .statusCode(201)
                .extract()
                .path("requests[0].id");
        String breakGlass = Api.withToken(Tokens.of("b.glass", "west-council", "practitioner"))
                .post("/families/{id}/break-glass", Map.of("reason", "Urgent: child at A&E out of hours."), family)
                .statusCode(201)
                .extract()
                .path("id");
        String sharingDecision = Decisions.notToShare(lead, family, mother, Tokens.SOUTH, "MENTAL_HEALTH");
        var export = lead.post("/people/{id}/subject-access-exports", Map.of("receivedOn", today.toString()), child)
                .statusCode(201)
                .extract();
        String hold = Api.withToken(Tokens.of("r.matrix", Tokens.NORTH, "records-officer"))
                .post(
                        "/retention/holds",
                        Map.of("scope", Map.of("familyId", family), "reason", "Matrix hold.", "authority", "Matrix"))
                .statusCode(201)
                .extract()
                .path("id");
        String video = org.cradle.bootstrap.api.VideoFixtures.completeVideo(
                lead, family, episode, List.of(mother), mother, child);
        Map<String, String> paths = new HashMap<>();
        paths.put("videoId", video);
        paths.put("holdId", hold);
        paths.put("decisionId", java.util.UUID.randomUUID().toString());
        paths.put("certificateId", java.util.UUID.randomUUID().toString());
        paths.put("exportId", export.path("id"));
        paths.put("redactionId", export.path("redactions.items[0].id"));
        paths.put("sharingDecisionId", sharingDecision);
        paths.put("breakGlassAccessId", breakGlass);
        paths.put("familyId", family);
        paths.put("personId", mother);
        paths.put("episodeId", episode);
        paths.put("consentId", consent);
        paths.put("noticeId", notice);
        paths.put("caseNoteId", note);
        paths.put("referralId", referral);
        paths.put("referralRequestId", request);
        paths.put("version", "1");
        paths.put("code", "RX1");
        paths.put("ruleId", "LA-EARLY-HELP");
        return new Fixture(paths, motherNhs, fatherNhs);
    }

    private static Map<String, Object> person(String given, String born, String nhs) {
        return Map.of("givenName", given, "familyName", "Matrix", "dateOfBirth", born, "nhsNumber", nhs);
    }
}
