package org.cradle.contracts.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cradle.application.PageRequest;
import org.cradle.application.subjectaccess.ExportQuery;
import org.cradle.application.subjectaccess.SubjectAccessExports;
import org.cradle.contracts.PortContract;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Role;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.subjectaccess.ExportItem;
import org.cradle.domain.subjectaccess.ExportStatus;
import org.cradle.domain.subjectaccess.ItemKind;
import org.cradle.domain.subjectaccess.Redaction;
import org.cradle.domain.subjectaccess.RedactionReason;
import org.cradle.domain.subjectaccess.SubjectAccessExport;
import org.cradle.domain.subjectaccess.SubjectAccessExportId;
import org.cradle.domain.subjectaccess.SubjectAccessRequest;
import org.junit.jupiter.api.Test;

/**
 * What every store of subject-access exports does: keeps the package's items as prepared and in order,
 * the redactions in the package's order, stores reviews and the release, and lists an organisation's
 * exports oldest prepared first, filtered before paging, never another organisation's.
 */
public abstract class SubjectAccessExportsContract extends PortContract {

    private static final PageRequest ALL = new PageRequest(0, 50);

    private final OrganisationId holder = organisation("holder");
    private final Actor officer = Actor.practitioner("r.officer", holder, Set.of(Role.RECORDS_OFFICER));
    private final PersonId mother = PersonId.newId();
    private final PersonId father = PersonId.newId();
    private final FamilyId family = FamilyId.newId();

    protected abstract SubjectAccessExports exports();

    @Test
    void an_export_reads_back_as_prepared_with_its_items_in_order_and_an_unknown_one_is_not_found() {
        List<ExportItem> items = items();
        SubjectAccessExport prepared = prepare(mother, at("2026-06-01T09:00:00.000001Z"), items);
        transaction(() -> exports().add(prepared, items));

        assertThat(transaction(() -> exports().find(prepared.id())))
                .hasValueSatisfying(found -> assertSame(found, prepared));
        assertThat(transaction(() -> exports().findForChange(prepared.id())))
                .hasValueSatisfying(found -> assertSame(found, prepared));
        assertThat(transaction(() -> exports().itemsOf(prepared.id()))).containsExactlyElementsOf(items);
        assertThat(transaction(() -> exports().find(SubjectAccessExportId.newId())))
                .isEmpty();
        assertThat(transaction(() -> exports().itemsOf(SubjectAccessExportId.newId())))
                .isEmpty();
    }

    @Test
    void the_redactions_are_paged_in_the_packages_order() {
        List<ExportItem> items = items();
        SubjectAccessExport prepared = prepare(mother, at("2026-06-01T09:00:00Z"), items);
        transaction(() -> exports().add(prepared, items));

        var all = transaction(() -> exports().redactionsOf(prepared.id(), ALL));
        var second = transaction(() -> exports().redactionsOf(prepared.id(), new PageRequest(1, 1)));

        assertThat(all.items()).extracting(Redaction::item).containsExactly(1, 3);
        assertThat(all.items()).containsExactlyElementsOf(prepared.redactions());
        assertThat(second.items()).extracting(Redaction::item).containsExactly(3);
        assertThat(second.totalItems()).isEqualTo(2);
    }

    @Test
    void reviews_and_the_release_are_stored_and_read_back() {
        List<ExportItem> items = items();
        SubjectAccessExport export = prepare(mother, at("2026-06-01T09:00:00Z"), items);
        transaction(() -> exports().add(export, items));

        transaction(() -> {
            SubjectAccessExport held = exports().findForChange(export.id()).orElseThrow();
            held.confirm(held.redactions().get(0).id(), "About the father.", officer, at("2026-06-02T09:00:00Z"));
            exports().update(held);
        });
        SubjectAccessExport halfway =
                transaction(() -> exports().find(export.id())).orElseThrow();
        assertThat(halfway.status()).isEqualTo(ExportStatus.AWAITING_REDACTION_REVIEW);
        assertThat(halfway.redactions().get(0).review().by()).isEqualTo("r.officer");
        assertThat(halfway.redactions().get(1).reviewed()).isEmpty();

        transaction(() -> {
            SubjectAccessExport held = exports().findForChange(export.id()).orElseThrow();
            held.disclose(held.redactions().get(1).id(), "He agreed.", officer, at("2026-06-03T09:00:00Z"));
            held.release(officer, at("2026-06-03T10:00:00Z"));
            exports().update(held);
        });
        SubjectAccessExport released =
                transaction(() -> exports().find(export.id())).orElseThrow();

        assertThat(released.status()).isEqualTo(ExportStatus.RELEASED);
        assertThat(released.released())
                .contains(new SubjectAccessExport.Release("r.officer", at("2026-06-03T10:00:00Z")));
        assertThat(released.redactions())
                .extracting(r -> r.review().outcome().name())
                .containsExactly("WITHHELD", "DISCLOSED");
        assertThat(released.redactions().get(0).review().at()).isEqualTo(at("2026-06-02T09:00:00Z"));
        assertThat(transaction(() -> exports().itemsOf(export.id())))
                .as("items never change")
                .containsExactlyElementsOf(items);
    }

    @Test
    void an_organisations_exports_are_listed_oldest_prepared_first_filtered_by_person_and_status_before_paging() {
        SubjectAccessExport newer = prepare(mother, at("2026-06-03T09:00:00Z"), items());
        SubjectAccessExport older = prepare(mother, at("2026-06-01T09:00:00Z"), items());
        SubjectAccessExport fathers = prepare(father, at("2026-06-02T09:00:00Z"), List.of(plain(father)));
        SubjectAccessExport elsewhere = SubjectAccessExport.prepare(
                SubjectAccessExportId.newId(),
                new SubjectAccessRequest(mother, null, LocalDate.parse("2026-05-30")),
                Actor.practitioner("r.other", organisation("other"), Set.of(Role.RECORDS_OFFICER)),
                at("2026-06-01T08:00:00Z"),
                LocalDate.parse("2026-06-01"),
                List.of(plain(mother)),
                item -> Set.of());
        transaction(() -> {
            exports().add(newer, items());
            exports().add(older, items());
            exports().add(fathers, List.of(plain(father)));
            exports().add(elsewhere, List.of(plain(mother)));
        });

        var all = transaction(() -> exports().of(holder, new ExportQuery(null, null), ALL));
        var mothers = transaction(() -> exports().of(holder, new ExportQuery(mother, null), ALL));
        var ready = transaction(() -> exports().of(holder, new ExportQuery(null, ExportStatus.READY), ALL));
        var second = transaction(() -> exports().of(holder, new ExportQuery(null, null), new PageRequest(1, 2)));

        assertThat(all.items())
                .extracting(SubjectAccessExport::id)
                .containsExactly(older.id(), fathers.id(), newer.id());
        assertThat(all.items().get(0).redactions())
                .as("listed with their redactions")
                .hasSize(2);
        assertThat(mothers.items()).extracting(SubjectAccessExport::id).containsExactly(older.id(), newer.id());
        assertThat(ready.items()).extracting(SubjectAccessExport::id).containsExactly(fathers.id());
        assertThat(second.items()).extracting(SubjectAccessExport::id).containsExactly(newer.id());
        assertThat(second.totalItems()).isEqualTo(3);
    }

    private SubjectAccessExport prepare(PersonId person, Instant at, List<ExportItem> items) {
        return SubjectAccessExport.prepare(
                SubjectAccessExportId.newId(),
                new SubjectAccessRequest(person, null, LocalDate.parse("2026-05-30")),
                officer,
                at,
                LocalDate.parse("2026-06-01"),
                items,
                item -> item.concerns().contains(father) && !person.equals(father)
                        ? Set.of(RedactionReason.THIRD_PARTY)
                        : Set.of());
    }

    /** Four items, the second and fourth about the father too: those are marked for redaction. */
    private List<ExportItem> items() {
        UUID note = UUID.randomUUID();
        return List.of(
                plain(mother),
                new ExportItem(
                        ItemKind.CASE_NOTE,
                        note,
                        1,
                        family,
                        Set.of(mother, father),
                        List.of(new ExportItem.Field("text", "Visited; he was there."))),
                new ExportItem(
                        ItemKind.EPISODE,
                        UUID.randomUUID(),
                        null,
                        family,
                        Set.of(mother),
                        List.of(
                                new ExportItem.Field("serviceType", "EARLY_HELP"),
                                new ExportItem.Field("openedOn", "2026-01-05"))),
                new ExportItem(
                        ItemKind.CASE_NOTE,
                        note,
                        2,
                        family,
                        Set.of(mother, father),
                        List.of(new ExportItem.Field("text", "Corrected: both were there."))));
    }

    private static ExportItem plain(PersonId person) {
        return new ExportItem(
                ItemKind.PERSON_DETAILS,
                person.value(),
                null,
                null,
                Set.of(person),
                List.of(new ExportItem.Field("givenName", "Ada"), new ExportItem.Field("familyName", "Okafor")));
    }

    private static void assertSame(SubjectAccessExport found, SubjectAccessExport prepared) {
        assertThat(found.id()).isEqualTo(prepared.id());
        assertThat(found.request()).isEqualTo(prepared.request());
        assertThat(found.organisation()).isEqualTo(prepared.organisation());
        assertThat(found.preparedBy()).isEqualTo(prepared.preparedBy());
        assertThat(found.preparedAt()).isEqualTo(prepared.preparedAt());
        assertThat(found.redactions()).containsExactlyElementsOf(prepared.redactions());
        assertThat(found.released()).isEqualTo(prepared.released());
        assertThat(found.status()).isEqualTo(prepared.status());
    }
}
