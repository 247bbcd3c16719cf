package org.cradle.adapters.persistence.family;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cradle.adapters.persistence.Jdbc;
import org.cradle.adapters.persistence.Versions;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.family.Families;
import org.cradle.application.family.FamilyListing;
import org.cradle.application.family.FamilySearch;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.RecordNotFoundException;
import org.cradle.domain.access.Visibility;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.family.FamilyName;
import org.cradle.domain.family.RecordKeepingMode;
import org.cradle.domain.person.PersonId;

/** Families in PostgreSQL. */
@ApplicationScoped
public class PanacheFamilies implements Families {

    private final FamilyRows families;

    PanacheFamilies(FamilyRows families) {
        this.families = families;
    }

    @Override
    public Optional<Family> find(FamilyId id) {
        // The family and its members in one statement, rather than the row and then its collection.
        return families.getEntityManager()
                .createQuery(
                        "select f from FamilyEntity f left join fetch f.members where f.id = :id", FamilyEntity.class)
                .setParameter("id", id.value())
                .getResultStream()
                .findFirst()
                .map(FamilyMapper::toDomain);
    }

    @Override
    public Family requireForChange(FamilyId id) {
        return families.findByIdOptional(id.value(), LockModeType.PESSIMISTIC_WRITE)
                .map(FamilyMapper::toDomain)
                .orElseThrow(() -> new RecordNotFoundException("family", id));
    }

    @Override
    public void add(Family family) {
        families.persist(FamilyMapper.copy(family, new FamilyEntity()));
    }

    @Override
    public Family update(Family family) {
        FamilyEntity entity = families.findByIdOptional(family.id().value())
                .orElseThrow(() -> new IllegalStateException("update of a family never added: " + family.id()));
        Versions.requireSame("family", family.id(), family.version(), entity.version);
        FamilyMapper.copy(family, entity);
        Versions.flush(families.getEntityManager(), "family", family.id());
        return FamilyMapper.toDomain(entity);
    }

    /** The families the actor holds an unexpired break-glass grant on. */
    private static final String BROKEN_GLASS = "select b.family_id from break_glass_access b"
            + " where b.organisation = ? and b.practitioner = ? and b.granted_at <= ? and b.expires_at > ?";

    /**
     * The families the actor sees, with their name as searches order it: those their organisation
     * works with ({@code family_visibility}, kept from {@code family_involvement} by triggers, read as one
     * index range in name order), and those the actor holds an unexpired break-glass grant on. Never
     * materialised: PostgreSQL inlines it into each use, so the page reads only the index entries it
     * needs, and a cursor's lookup is one probe.
     */
    private static final String VISIBLE = "with visible as not materialized ("
            + "select v.family_id as id, v.name_key from family_visibility v where v.organisation = ?"
            + " union all"
            + " select g.id, lower(g.name) from family g where g.id in (" + BROKEN_GLASS + ")"
            + " and not exists (select 1 from family_visibility o where o.organisation = ? and o.family_id = g.id)"
            + ") ";

    /** The families the actor's organisation works with, for an actor holding no break-glass grant. */
    private static final String ONLY_WORKED_WITH = "with visible as not materialized (select v.family_id as id,"
            + " v.name_key from family_visibility v where v.organisation = ?) ";

    /** The total of an unfiltered list for an actor holding no break-glass grant: the organisation's count. */
    private static final String ORGANISATION_TOTAL =
            "select coalesce((select c.families from family_visibility_count c where c.organisation = ?), 0)";

    /**
     * The total of an unfiltered list: the organisation's count, kept by a trigger (V11), and the
     * break-glass families it does not already see.
     */
    private static final String UNFILTERED_TOTAL = "select coalesce((select c.families from"
            + " family_visibility_count c where c.organisation = ?), 0) + (select count(*) from family g where"
            + " g.id in (" + BROKEN_GLASS + ") and not exists (select 1 from family_visibility o where"
            + " o.organisation = ? and o.family_id = g.id))";

    /**
     * A member {@code m} the actor sees: the organisation holds the family's record, or a referral names
     * them (or everyone), or break-glass. Member criteria match only these, so a search reveals no one
     * else.
     */
    private static final String MEMBER_SEEN = "(exists (select 1 from family_involvement i where i.family_id ="
            + " m.family_id and i.organisation = ? and (i.people is null or m.person_id = any (i.people)))"
            + " or exists (select 1 from break_glass_access b where b.family_id = m.family_id"
            + " and b.organisation = ? and b.practitioner = ? and b.granted_at <= ? and b.expires_at > ?))";

    /**
     * What a list shows of each family on the page, read in the page's own statement: the family row
     * by its key and its members counted in the primary key's index, for the page's rows only.
     */
    private static final String LISTING = "select p.id, g.name, g.record_keeping_mode, g.version,"
            + " (select count(*) from family_member m where m.family_id = p.id), p.total from page p"
            + " join family g on g.id = p.id order by p.name_key, p.id";

    private static void addVisible(List<Object> parameters, Visibility visibility) {
        String organisation = visibility.organisation().value();
        parameters.add(organisation);
        addBreakGlass(parameters, visibility);
        parameters.add(organisation);
    }

    private static void addMemberSeen(List<Object> parameters, Visibility visibility) {
        parameters.add(visibility.organisation().value());
        addBreakGlass(parameters, visibility);
    }

    private static void addBreakGlass(List<Object> parameters, Visibility visibility) {
        parameters.add(visibility.organisation().value());
        parameters.add(visibility.subject());
        parameters.add(visibility.at().atOffset(ZoneOffset.UTC));
        parameters.add(visibility.at().atOffset(ZoneOffset.UTC));
    }

    @Override
    public Page<FamilyListing> search(FamilySearch search, Visibility visibility, PageRequest page) {
        // Most actors hold no break-glass grant: their families are one index range in name order, which
        // PostgreSQL pages without sorting. Only an actor with an open grant needs the union.
        List<Object> glassParameters = new ArrayList<>();
        addBreakGlass(glassParameters, visibility);
        boolean glass = Jdbc.list(
                        families.getEntityManager(),
                        "select exists (" + BROKEN_GLASS + ")",
                        glassParameters,
                        row -> row.getBoolean(1))
                .get(0);
        String visible = glass ? VISIBLE : ONLY_WORKED_WITH;
        List<Object> visibleParameters = new ArrayList<>();
        if (glass) {
            addVisible(visibleParameters, visibility);
        } else {
            visibleParameters.add(visibility.organisation().value());
        }
        List<Object> parameters = new ArrayList<>(visibleParameters);
        StringBuilder where = new StringBuilder(" where true");
        if (search.name() != null) {
            where.append(" and f.name_key like ? escape '\\'");
            parameters.add(containing(search.name()));
        }
        if (search.personName() != null) {
            where.append(" and f.id in (select m.family_id from family_member m join person p on p.id = m.person_id"
                    + " where (lower(p.given_name) like ? escape '\\' or lower(p.family_name) like ? escape '\\')"
                    + " and " + MEMBER_SEEN + ")");
            parameters.add(containing(search.personName()));
            parameters.add(containing(search.personName()));
            addMemberSeen(parameters, visibility);
        }
        if (search.nhsNumber() != null) {
            where.append(" and f.id in (select m.family_id from family_member m join person p on p.id = m.person_id"
                    + " where p.nhs_number = ? and " + MEMBER_SEEN + ")");
            parameters.add(search.nhsNumber().value());
            addMemberSeen(parameters, visibility);
        }
        if (search.person() != null) {
            where.append(" and f.id in (select m.family_id from family_member m where m.person_id = ? and "
                    + MEMBER_SEEN + ")");
            parameters.add(search.person().value());
            addMemberSeen(parameters, visibility);
        }
        boolean unfiltered = search.name() == null
                && search.personName() == null
                && search.nhsNumber() == null
                && search.person() == null;
        // A filtered search counts its matches in the same scan as it pages them (a window count, taken
        // before a cursor narrows the rows); an unfiltered list reads its total from the organisation's
        // count, in the same statement. A resumed page starts after the cursor's (name, id), looked up
        // among the visible families only, so the page is an index range from there whatever its depth.
        // One row more than the page tells whether another page follows. The limit is written into the
        // statement (a number from 2 to 101) and the offset only when there is one: with either as a
        // parameter PostgreSQL cannot cost a generic plan and plans the statement again on every call.
        List<Object> paged = new ArrayList<>(visibleParameters);
        String counted;
        if (unfiltered) {
            counted = "(" + (glass ? UNFILTERED_TOTAL : ORGANISATION_TOTAL) + ")";
            if (glass) {
                addVisible(paged, visibility);
            } else {
                paged.add(visibility.organisation().value());
            }
        } else {
            counted = "count(*) over ()";
        }
        paged.addAll(parameters.subList(visibleParameters.size(), parameters.size()));
        String resume = "";
        if (page.after() != null) {
            resume = " where (f.name_key, f.id) > (select c.name_key, c.id from visible c where c.id = ?)";
            paged.add(page.after());
        }
        String offset = "";
        if (page.offset() > 0) {
            offset = " offset ?";
            paged.add(page.offset());
        }
        List<Listed> rows = new ArrayList<>(Jdbc.list(
                families.getEntityManager(),
                visible + ", matched as (select f.id, f.name_key, " + counted + " as total from visible f" + where
                        + "), page as (select f.id, f.name_key, f.total from matched f" + resume
                        + " order by f.name_key, f.id limit " + (page.size() + 1) + offset + ") " + LISTING,
                paged,
                row -> new Listed(
                        new FamilyListing(
                                new FamilyId(row.getObject(1, UUID.class)),
                                new FamilyName(row.getString(2)),
                                RecordKeepingMode.valueOf(row.getString(3)),
                                row.getInt(5),
                                row.getLong(4)),
                        row.getLong(6))));
        if (rows.isEmpty() && page.after() != null && !sees(visible, visibleParameters, page.after())) {
            throw new InvalidValueException(
                    "after",
                    "cursor",
                    "after must be the next value of a page of this list, for a family you still see;"
                            + " start again from the first page.");
        }
        long total = rows.isEmpty()
                ? Jdbc.list(
                                families.getEntityManager(),
                                unfiltered
                                        ? (glass ? UNFILTERED_TOTAL : ORGANISATION_TOTAL)
                                        : visible + "select count(*) from visible f" + where,
                                parameters,
                                row -> row.getLong(1))
                        .get(0)
                : rows.get(0).total();
        PageRequest next = null;
        if (rows.size() > page.size()) {
            rows.remove(rows.size() - 1);
            next = page.resumingAfter(rows.get(rows.size() - 1).listing().id().value());
        }
        return new Page<>(rows.stream().map(Listed::listing).toList(), page, total, next);
    }

    /** Whether the family is among those the actor sees ({@code visible} with its parameters). */
    private boolean sees(String visible, List<Object> visibleParameters, UUID family) {
        List<Object> parameters = new ArrayList<>(visibleParameters);
        parameters.add(family);
        return Jdbc.list(
                        families.getEntityManager(),
                        visible + "select exists (select 1 from visible c where c.id = ?)",
                        parameters,
                        row -> row.getBoolean(1))
                .get(0);
    }

    @Override
    public List<FamilyId> familiesOf(PersonId person) {
        return families.getEntityManager()
                .createQuery(
                        "select f.id from FamilyEntity f join f.members m where m.personId = :person"
                                + " order by lower(f.name), f.id",
                        UUID.class)
                .setParameter("person", person.value())
                .getResultStream()
                .map(FamilyId::new)
                .toList();
    }

    /** A family on a page, and the number of matches on all pages (repeated on every row). */
    private record Listed(FamilyListing listing, long total) {}

    private static String containing(String text) {
        String escaped =
                text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
