package org.cradle.bootstrap.api;

import static org.cradle.bootstrap.api.MembershipApiTest.person;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
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
    void following_next_walks_the_same_pages_as_page_numbers_and_ends_without_one() {
        String tag = unique();
        List<String> created = new ArrayList<>();
        for (String name : List.of("echo", "Delta", "alpha", "Charlie", "bravo")) {
            created.add(practitioner.createFamily(tag + " " + name));
        }
        List<String> byNumber = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            byNumber.addAll(practitioner
                    .get("/families?name={t}&size=2&page={p}", tag, page)
                    .extract()
                    .jsonPath()
                    .getList("items.id", String.class));
        }

        List<String> byCursor = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        String after = null;
        do {
            var page = (after == null
                            ? practitioner.get("/families?name={t}&size=2", tag)
                            : practitioner.get("/families?name={t}&size=2&after={a}", tag, after))
                    .statusCode(200)
                    .body("totalItems", equalTo(5))
                    .body("totalPages", equalTo(3))
                    .extract()
                    .jsonPath();
            byCursor.addAll(page.getList("items.id", String.class));
            pages.add(page.getInt("page"));
            after = page.getString("next");
        } while (after != null);

        assertEquals(byNumber, byCursor);
        assertEquals(List.of(created.get(2), created.get(4), created.get(3), created.get(1), created.get(0)), byCursor);
        assertEquals(List.of(0, 1, 2), pages);
    }

    @Test
    void an_unfiltered_list_resumes_where_the_numbered_page_would_start() {
        // At least two families to list, whatever other tests left.
        practitioner.createFamily(unique() + " resumable");
        practitioner.createFamily(unique() + " resumable");

        var pageZero =
                practitioner.get("/families?size=1").statusCode(200).extract().jsonPath();
        String pageOne =
                practitioner.get("/families?size=1&page=1").extract().jsonPath().getString("items[0].id");

        practitioner
                .get("/families?size=1&after={a}", pageZero.getString("next"))
                .statusCode(200)
                .body("items.id", contains(pageOne))
                .body("page", equalTo(1))
                .body("totalItems", equalTo(pageZero.getInt("totalItems")));
    }

    @Test
    void a_cursor_that_was_not_given_or_names_a_family_out_of_sight_is_400_and_says_nothing_about_it() {
        String own = practitioner.createFamily(unique() + " own");
        String elsewhere = Api.withToken(Tokens.of("p.south", Tokens.SOUTH, "practitioner"))
                .createFamily(unique() + " elsewhere");

        for (String forged : List.of(
                "nope",
                "AAAA",
                cursor(1, UUID.randomUUID()),
                cursor(1, UUID.fromString(elsewhere)),
                cursor(0, UUID.fromString(own)))) {
            practitioner
                    .get("/families?after={a}", forged)
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("after"))
                    .body("errors[0].rule", equalTo("cursor"))
                    .body(not(containsString("elsewhere")));
        }
        practitioner
                .get("/families?page=1&after={a}", cursor(1, UUID.fromString(own)))
                .statusCode(400)
                .body("errors[0].field", equalTo("after"))
                .body("errors[0].rule", equalTo("exclusive"));
        practitioner.get("/families?after={a}", cursor(1, UUID.fromString(own))).statusCode(200);
    }

    /** A cursor as the service writes one (version 1, page, id), for forging. */
    private static String cursor(int page, UUID after) {
        ByteBuffer bytes = ByteBuffer.allocate(21)
                .put((byte) 1)
                .putInt(page)
                .putLong(after.getMostSignificantBits())
                .putLong(after.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
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
