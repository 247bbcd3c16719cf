package org.cradle.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cradle.bootstrap.api.MembershipApiTest.person;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class AuditTrailApiTest {

    @Inject
    DataSource dataSource;

    private final Api practitioner = Api.withToken(Tokens.of("p.audited", "RX1", "practitioner"));
    private final Api auditor = Api.withToken(Tokens.of("a.auditor", "RX1", "auditor"));

    @Test
    void every_write_and_read_of_a_family_is_in_its_trail_with_who_which_organisation_and_when() {
        String family = practitioner.createFamily("Audited household");
        String child = practitioner.addNewPerson(
                family, person("Noor", "Audited", "2025-02-02", NhsNumbers.fresh()), "CHILD", false);
        practitioner.get("/families/{id}", family).statusCode(200);
        String episode = practitioner
                .post(
                        "/families/{id}/episodes",
                        Map.of("serviceType", "EARLY_HELP", "leadPractitioner", "p.audited", "openedOn", "2026-01-01"),
                        family)
                .extract()
                .path("id");

        auditor.get("/audit-events?familyId={id}&size=100", family)
                .statusCode(200)
                .body(
                        "items.action",
                        contains(
                                "FAMILY_CREATED",
                                "PERSON_REGISTERED",
                                "MEMBER_ADDED",
                                "FAMILY_READ",
                                "PERSON_READ",
                                "EPISODE_OPENED"))
                .body("items.actorSubject", everyItem(equalTo("p.audited")))
                .body("items.actorOrganisation", everyItem(equalTo("RX1")))
                .body("items.recordId", hasItems(family, child, episode));

        // By record: a family's, a person's and any other record's events are each found whole, from
        // whichever index holds them.
        auditor.get("/audit-events?recordId={id}&size=100", family)
                .body("items.action", contains("FAMILY_CREATED", "FAMILY_READ"));
        auditor.get("/audit-events?recordId={id}&size=100", child)
                .body("items.action", hasItems("PERSON_REGISTERED", "PERSON_READ"))
                .body("items.recordId", everyItem(equalTo(child)));
        auditor.get("/audit-events?recordId={id}&size=100", episode).body("items.action", contains("EPISODE_OPENED"));
    }

    @Test
    void a_search_records_each_family_it_showed() {
        String family = practitioner.createFamily("Seen in search household");
        practitioner
                .get("/families?personId=00000000-0000-0000-0000-000000000009")
                .statusCode(200);
        practitioner.get("/families?name=seen in search household").statusCode(200);

        auditor.get("/audit-events?recordId={id}", family)
                .body("items.action", contains("FAMILY_CREATED", "FAMILY_FOUND_IN_SEARCH"));
    }

    @Test
    void the_trail_holds_identifiers_not_personal_data() {
        String nhs = NhsNumbers.fresh();
        String family = practitioner.createFamily("Private household");
        practitioner.addNewPerson(family, person("Siobhan", "Private", "1993-03-03", nhs), "MOTHER", true);

        String trail =
                auditor.get("/audit-events?familyId={id}", family).extract().asString();
        assertThat(trail).doesNotContain("Siobhan", "Private", nhs, "1993-03-03");
    }

    @Test
    void the_trail_can_be_filtered_by_actor_and_time_and_is_paged() {
        String subject = "p.filtered-" + System.nanoTime();
        Api.withToken(Tokens.of(subject, "RX1", "practitioner")).createFamily("Filtered household");

        auditor.get("/audit-events?actor={a}&from=2000-01-01T00:00:00Z&size=1", subject)
                .statusCode(200)
                .body("items.action", contains("FAMILY_CREATED"))
                .body("size", equalTo(1))
                .body("totalItems", equalTo(1));
        auditor.get("/audit-events?actor={a}&from=2199-01-01T00:00:00Z", subject)
                .body("totalItems", equalTo(0));
        auditor.get("/audit-events?from=yesterday").statusCode(400).body("errors[0].field", equalTo("from"));
        auditor.get("/audit-events?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z")
                .statusCode(400)
                .body("errors[0].rule", equalTo("not-before-from"));
    }

    @Test
    void audit_rows_cannot_be_changed_or_removed_even_by_sql() {
        practitioner.createFamily("Immutable trail household");
        assertThatThrownBy(() -> execute("update audit_event set actor_subject = 'someone-else'"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("delete from audit_event"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("append-only");
    }

    private void execute(String sql) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
