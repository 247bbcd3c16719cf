package org.cradle.bootstrap.api;

import static org.cradle.bootstrap.api.MembershipApiTest.person;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Retention tests' set-up through the API: organisations of a sector, closed work with a family, holds, decisions. */
final class Retention {

    private Retention() {}

    /** A fresh organisation of the sector, registered in the directory, so tests do not share settings. */
    record Service(String code, Api practitioner, Api recordsOfficer) {

        static Service of(String sector) {
            String code = "ret-" + sector.toLowerCase().replace('_', '-') + "-"
                    + UUID.randomUUID().toString().substring(0, 8);
            Map<String, Object> body = new HashMap<>();
            body.put("name", "Retention " + code);
            if (!sector.equals("NONE")) {
                body.put("sector", sector);
            }
            Api.as("admin")
                    .put("/organisations/{code}", body, code)
                    .statusCode(201)
                    .body("sector", sector.equals("NONE") ? nullValue() : equalTo(sector));
            return new Service(
                    code,
                    Api.withToken(Tokens.of("p." + code, code, "practitioner")),
                    Api.withToken(Tokens.of("r." + code, code, "records-officer")));
        }
    }

    /** A family of a mother and an infant born on 1 March 2024, with one closed episode of the service type. */
    record Work(String family, String mother, String infant, String episode) {}

    static Work closedWork(Service service, String serviceType, String openedOn, String closedOn) {
        return closedWork(service, serviceType, openedOn, closedOn, "1994-04-04", "2024-03-01");
    }

    static Work closedWork(
            Service service,
            String serviceType,
            String openedOn,
            String closedOn,
            String motherBorn,
            String childBorn) {
        Work work = openWork(service, serviceType, openedOn, motherBorn, childBorn);
        close(service, work.episode(), closedOn);
        return work;
    }

    /** A family of a mother and a child born on the days given, with one open episode of the service type. */
    static Work openWork(Service service, String serviceType, String openedOn, String motherBorn, String childBorn) {
        String family = service.practitioner().createFamily("Retention family");
        String episode = open(service, family, serviceType, openedOn);
        String mother = service.practitioner()
                .addNewPerson(family, person("Ada", "Retained", motherBorn, NhsNumbers.fresh()), "MOTHER", true);
        String infant = service.practitioner()
                .addNewPerson(family, person("Cy", "Retained", childBorn, NhsNumbers.fresh()), "CHILD", false);
        return new Work(family, mother, infant, episode);
    }

    static String open(Service service, String family, String serviceType, String openedOn) {
        return service.practitioner()
                .post(
                        "/families/{id}/episodes",
                        Map.of("serviceType", serviceType, "leadPractitioner", "j.mensah", "openedOn", openedOn),
                        family)
                .statusCode(201)
                .extract()
                .path("id");
    }

    static void close(Service service, String episode, String closedOn) {
        int version =
                service.practitioner().get("/episodes/{id}", episode).extract().path("version");
        service.practitioner()
                .post("/episodes/{id}/closure", Map.of("closedOn", closedOn, "version", version), episode)
                .statusCode(200);
    }

    static String hold(Service service, Map<String, Object> scope) {
        return service.recordsOfficer()
                .post(
                        "/retention/holds",
                        Map.of("scope", scope, "reason", "Records for the inquiry.", "authority", "Inquiry letter"))
                .statusCode(201)
                .body("active", equalTo(true))
                .body("placedBy", equalTo("r." + service.code()))
                .extract()
                .path("id");
    }

    static io.restassured.response.ValidatableResponse decide(
            Service service, List<String> records, String decision, String until, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("records", records);
        body.put("decision", decision);
        if (until != null) {
            body.put("until", until);
        }
        body.put("reason", reason);
        return service.recordsOfficer().post("/retention/queue/decisions", body);
    }
}
