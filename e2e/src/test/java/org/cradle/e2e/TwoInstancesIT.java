package org.cradle.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two instances on one database behave as one service, as they must behind a load balancer: whatever
 * one writes the other reads, conflicts are caught across them, and the audit trail is one trail.
 */
@Order(2)
@ExtendWith(Deployment.Extension.class)
class TwoInstancesIT {

    private static Deployment deployment;
    private static Api practitionerOnFirst;
    private static Api practitionerOnSecond;

    @BeforeAll
    static void deploy(Deployment deployed) {
        deployment = deployed;
        String token = deployed.keycloak.userToken("practitioner");
        practitionerOnFirst = Api.of(deployed.first, token);
        practitionerOnSecond = Api.of(deployed.second, token);
    }

    @Test
    void a_family_written_through_one_instance_is_read_through_the_other() {
        String surname = TestData.name("Brackenbury");
        String nhs = TestData.nhsNumber();
        String family = practitionerOnFirst.createFamily(surname + " household");
        practitionerOnFirst
                .post(
                        "/families/{id}/members",
                        Map.of(
                                "person",
                                TestData.person(TestData.name("Wilhelmina"), surname, "2026-09-01", nhs),
                                "role",
                                "CHILD",
                                "livesWithChild",
                                true,
                                "parentalResponsibility",
                                false),
                        family)
                .statusCode(201);

        practitionerOnSecond
                .get("/families/{id}", family)
                .statusCode(200)
                .body("members", hasSize(1))
                .body("members[0].nhsNumber", equalTo(nhs));
        practitionerOnSecond
                .get("/families?nhsNumber={nhs}", nhs)
                .statusCode(200)
                .body("items.id", hasItem(family));
    }

    @Test
    void an_nhs_number_held_through_one_instance_is_refused_through_the_other() {
        String nhs = TestData.nhsNumber();
        String surname = TestData.name("Okonkwo");
        String first = practitionerOnFirst.createFamily(surname + " household");
        practitionerOnFirst
                .post(
                        "/families/{id}/members",
                        Map.of(
                                "person",
                                TestData.person(TestData.name("Chidera"), surname, "1994-02-11", nhs),
                                "role",
                                "MOTHER",
                                "livesWithChild",
                                true,
                                "parentalResponsibility",
                                true),
                        first)
                .statusCode(201);
        String second = practitionerOnSecond.createFamily(TestData.name("Other") + " household");

        practitionerOnSecond
                .post(
                        "/families/{id}/members",
                        Map.of(
                                "person",
                                TestData.person(TestData.name("Imposter"), surname, "1990-01-01", nhs),
                                "role",
                                "MOTHER",
                                "livesWithChild",
                                true,
                                "parentalResponsibility",
                                true),
                        second)
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void an_invalid_nhs_number_is_refused_naming_the_field_and_the_rule() {
        String family = practitionerOnSecond.createFamily(TestData.name("Invalid") + " household");
        String valid = TestData.nhsNumber();
        String wrongCheckDigit = valid.substring(0, 9) + ((valid.charAt(9) - '0' + 1) % 10);

        practitionerOnSecond
                .post(
                        "/families/{id}/members",
                        Map.of(
                                "person",
                                TestData.person(TestData.name("Checkdigit"), "Invalid", "2001-05-05", wrongCheckDigit),
                                "role",
                                "FATHER",
                                "livesWithChild",
                                false,
                                "parentalResponsibility",
                                true),
                        family)
                .statusCode(400)
                .body("errors[0].field", equalTo("person.nhsNumber"))
                .body("errors[0].rule", equalTo("modulus-11"));
    }

    @Test
    void the_audit_trail_is_one_trail_whichever_instance_served_the_request() {
        String family = practitionerOnFirst.createFamily(TestData.name("Audited") + " household");
        practitionerOnSecond.get("/families/{id}", family).statusCode(200);

        Api auditor = Api.of(deployment.second, deployment.keycloak.userToken("auditor"));
        auditor.get("/audit-events?familyId={id}", family)
                .statusCode(200)
                .body("items.action", hasItem("FAMILY_CREATED"))
                .body("items.action", hasItem("FAMILY_READ"))
                .body("items.size()", greaterThanOrEqualTo(2));
    }
}
