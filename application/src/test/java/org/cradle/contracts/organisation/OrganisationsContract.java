package org.cradle.contracts.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.organisation.Organisations;
import org.cradle.contracts.PortContract;
import org.cradle.domain.organisation.Organisation;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.organisation.Sector;
import org.junit.jupiter.api.Test;

/** What every directory does: adds or replaces an organisation by code, and says which codes it does not know. */
public abstract class OrganisationsContract extends PortContract {

    protected abstract Organisations directory();

    @Test
    void an_organisation_is_added_then_replaced_by_its_code() {
        OrganisationId code = organisation("directory");
        transaction(() -> directory().save(new Organisation(code, "North Council", null, Sector.LOCAL_AUTHORITY)));
        transaction(() -> directory()
                .save(new Organisation(code, "North Council Children's Services", "cs@north.example", null)));

        assertThat(transaction(() -> directory().find(code)))
                .contains(new Organisation(code, "North Council Children's Services", "cs@north.example", null));
        assertThat(transaction(() -> directory().find(organisation("unknown")))).isEmpty();
    }

    @Test
    void of_the_codes_asked_those_the_directory_does_not_know_are_answered_and_one_added_is_known_at_once() {
        OrganisationId known = organisation("known");
        OrganisationId unknown = organisation("unknown");
        transaction(() -> directory().save(new Organisation(known, "Known", null)));

        assertThat(transaction(() -> directory().unknownAmong(List.of(known, unknown, unknown))))
                .containsExactly(unknown);
        assertThat(transaction(() -> directory().knows(known))).isTrue();
        assertThat(transaction(() -> directory().unknownAmong(List.of()))).isEmpty();

        transaction(() -> directory().save(new Organisation(unknown, "Added since", null)));
        assertThat(transaction(() -> directory().knows(unknown))).isTrue();
    }

    @Test
    void the_directory_lists_every_organisation_by_its_code_a_page_at_a_time() {
        String prefix = organisation("listed").value();
        List<OrganisationId> codes = List.of(
                new OrganisationId(prefix + "-c"),
                new OrganisationId(prefix + "-a"),
                new OrganisationId(prefix + "-b"));
        transaction(
                () -> codes.forEach(code -> directory().save(new Organisation(code, "Listed " + code.value(), null))));

        List<String> listed = new ArrayList<>();
        long total = Long.MAX_VALUE;
        for (int number = 0; (long) number * PageRequest.MAX_SIZE < total; number++) {
            PageRequest page = new PageRequest(number, PageRequest.MAX_SIZE);
            Page<Organisation> found = transaction(() -> directory().list(page));
            total = found.totalItems();
            found.items().forEach(o -> listed.add(o.id().value()));
        }

        assertThat(listed)
                .as("every page, each organisation once")
                .hasSize((int) total)
                .doesNotHaveDuplicates();
        assertThat(listed.stream().filter(code -> code.startsWith(prefix)))
                .as("by code")
                .containsExactly(prefix + "-a", prefix + "-b", prefix + "-c");
    }
}
