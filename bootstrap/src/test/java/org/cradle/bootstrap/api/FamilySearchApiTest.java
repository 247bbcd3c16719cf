package org.cradle.bootstrap.api;

import static org.cradle.bootstrap.api.MembershipApiTest.person;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class FamilySearchApiTest {

    private final Api practitioner = Api.as("practitioner");

    @Test
    void families_are_found_by_part_of_their_name_in_any_case() {
        String tag = unique();
        String family = practitioner.createFamily("Zephyr " + tag + " household");
        practitioner
                .get("/families?name={n}", "ZEPHYR " + tag.toUpperCase())
                .statusCode(200)
                .body("items.id", contains(family))
                .body("totalItems", equalTo(1));
    }

    @Test
    void families_are_found_by_a_members_name_nhs_number_or_person_id() {
        String tag = unique();
        String nhs = NhsNumbers.fresh();
        String family = practitioner.createFamily("Search household");
        String person = practitioner.addNewPerson(family, person("Rosa", "Q" + tag, "2025-01-01", nhs), "CHILD", false);

        practitioner.get("/families?person={p}", "q" + tag).body("items.id", contains(family));
        practitioner.get("/families?nhsNumber={n}", nhs).body("items.id", contains(family));
        practitioner
                .get("/families?personId={id}", person)
                .body("items.id", contains(family))
                .body("items[0].memberCount", equalTo(1));
    }

    @Test
    void a_renamed_family_is_found_by_its_new_name_and_no_longer_by_its_old_one() {
        String tag = unique();
        String family = practitioner.createFamily("Oldname " + tag);

        practitioner
                .put(
                        "/families/{id}",
                        java.util.Map.of("name", "Newname " + tag, "recordKeepingMode", "INFANT", "version", 0),
                        family)
                .statusCode(200);

        practitioner.get("/families?name={n}", "newname " + tag).body("items.id", contains(family));
        practitioner.get("/families?name={n}", "oldname " + tag).body("totalItems", equalTo(0));
    }

    @Test
    void wildcards_in_a_search_are_taken_literally() {
        practitioner
                .get("/families?name=%25%25%25nothing-like-this")
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void pages_are_stable_ordered_by_name_then_id() {
        String tag = unique();
        String c = practitioner.createFamily(tag + " Charlie");
        String a = practitioner.createFamily(tag + " alpha");
        String b = practitioner.createFamily(tag + " Bravo");

        practitioner
                .get("/families?name={t}&size=2", tag)
                .body("items.id", contains(a, b))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2));
        practitioner.get("/families?name={t}&size=2&page=1", tag).body("items.id", contains(c));
    }

    @Test
    void bad_paging_and_search_parameters_are_400_naming_the_parameter() {
        practitioner.get("/families?size=101").statusCode(400).body("errors[0].field", equalTo("size"));
        practitioner.get("/families?size=0").statusCode(400).body("errors[0].field", equalTo("size"));
        practitioner.get("/families?page=-1").statusCode(400).body("errors[0].field", equalTo("page"));
        practitioner.get("/families?page=two").statusCode(400).body("errors[0].rule", equalTo("integer"));
        practitioner.get("/families?nhsNumber=123").statusCode(400).body("errors[0].field", equalTo("nhsNumber"));
        practitioner.get("/families?personId=nope").statusCode(400).body("errors[0].field", equalTo("personId"));
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
