package org.cradle.adapters.persistence.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cradle.adapters.persistence.Jdbc;
import org.cradle.adapters.persistence.consent.ConsentsInForceQuery;
import org.cradle.application.access.Relationships;
import org.cradle.domain.access.ReferralGrant;
import org.cradle.domain.access.Relationship;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.consent.ConsentId;
import org.cradle.domain.consent.ConsentStatus;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;

/**
 * The access policy's facts in one statement per question: index probes on {@code family_involvement},
 * {@code episode_lead}, {@code episode_team_member} and {@code break_glass_access} for the actor's
 * organisation and subject, one row per accepted referral (or one row without).
 */
@ApplicationScoped
public class SqlRelationships implements Relationships {

    /** The facts for the family {@code m.family_id}; parameters: see {@link #factParameters}. */
    private static final String FACTS =
            """
            exists (select 1 from family_involvement c
                     where c.family_id = m.family_id and c.organisation = ? and c.ground = 'CUSTODIAN'),
            exists (select 1 from episode e
                     where e.family_id = m.family_id and e.organisation = ? and e.closed_on is null),
            exists (select 1 from episode e
                     where e.family_id = m.family_id and e.organisation = ? and e.lead_practitioner = ?),
            exists (select 1 from episode e join episode_team_member t on t.episode_id = e.id
                     where e.family_id = m.family_id and e.organisation = ? and t.practitioner = ?
                       and t.joined_on <= ? and (t.left_on is null or t.left_on > ?)),
            exists (select 1 from break_glass_access b
                     where b.family_id = m.family_id and b.organisation = ? and b.practitioner = ?
                       and b.granted_at <= ? and b.expires_at > ?),
            exists (select 1 from sharing_decision d
                     where d.family_id = m.family_id and d.recipient_organisation = ? and d.choice = 'SHARE'
                       and d.referral_id is null),
            r.referred_by, r.people, r.categories,
            case when r.referral_id is not null
                 then (select d.relied_on_consents from sharing_decision d where d.referral_id = r.referral_id) end
            """;

    /** What the decisions to share with the organisation show, for the families that have any. */
    private static final String SHARES =
            "select d.family_id, d.organisation, d.subject_ids, d.categories, d.relied_on_consents"
                    + " from sharing_decision d where d.family_id = any (?) and d.recipient_organisation = ?"
                    + " and d.choice = 'SHARE' and d.referral_id is null";

    static final String OF_FAMILY = "select m.family_id, " + FACTS
            + " from (select id as family_id from family where id = ?) m"
            + " left join family_involvement r on r.family_id = m.family_id and r.organisation = ?"
            + " and r.ground = 'REFERRAL'";

    static final String OF_PERSON = "select m.family_id, " + FACTS
            + " from person p left join family_member m on m.person_id = p.id"
            + " left join family_involvement r on r.family_id = m.family_id and r.organisation = ?"
            + " and r.ground = 'REFERRAL'"
            + " where p.id = ?";

    private final EntityManager entityManager;
    private final Clock clock;

    public SqlRelationships(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public Optional<Relationship> with(Actor actor, FamilyId family, Instant at) {
        List<Object> parameters = new ArrayList<>(factParameters(actor, at, clock));
        parameters.add(family.value());
        parameters.add(actor.organisation().value());
        Map<FamilyId, Relationship> found =
                read(Jdbc.list(entityManager, OF_FAMILY, parameters, Fact::read), actor.organisation(), day(at));
        return Optional.ofNullable(found.get(family));
    }

    @Override
    public Optional<Map<FamilyId, Relationship>> withFamiliesOf(Actor actor, PersonId person, Instant at) {
        List<Object> parameters = new ArrayList<>(factParameters(actor, at, clock));
        parameters.add(actor.organisation().value());
        parameters.add(person.value());
        List<Fact> rows = Jdbc.list(entityManager, OF_PERSON, parameters, Fact::read);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(read(rows, actor.organisation(), day(at)));
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, clock.getZone());
    }

    /** Team membership is by day, in Cradle's time zone; break-glass grants by the instant. */
    private static List<Object> factParameters(Actor actor, Instant at, Clock clock) {
        String organisation = actor.organisation().value();
        String subject = actor.subject();
        LocalDate day = LocalDate.ofInstant(at, clock.getZone());
        var instant = at.atOffset(ZoneOffset.UTC);
        return List.of(
                organisation,
                organisation,
                organisation,
                subject,
                organisation,
                subject,
                day,
                day,
                organisation,
                subject,
                instant,
                instant,
                organisation);
    }

    /**
     * The relationships the rows show, with the grants of accepted referrals and decisions to share as
     * they stand on the day (ADR 19): a share resting on a consent that no longer stands shows nothing,
     * and such a referral none of the referring organisation's records. One more statement when there
     * are shares, and one when a grant rests on consent, to read where those consents stand.
     */
    private Map<FamilyId, Relationship> read(List<Fact> rows, OrganisationId organisation, LocalDate day) {
        Map<FamilyId, List<Fact>> byFamily = new LinkedHashMap<>();
        rows.stream().filter(row -> row.family != null).forEach(row -> byFamily.computeIfAbsent(
                        new FamilyId(row.family), f -> new ArrayList<>())
                .add(row));
        Map<FamilyId, List<ReferralGrant>> referrals = new LinkedHashMap<>();
        byFamily.forEach((family, facts) -> referrals.put(
                family,
                facts.stream()
                        .filter(f -> f.referredBy != null)
                        .map(f ->
                                new ReferralGrant(new OrganisationId(f.referredBy), f.people, f.categories, f.restsOn))
                        .toList()));
        Map<FamilyId, List<ReferralGrant>> shares = shares(rows, organisation);
        Map<ConsentId, ConsentStatus> consents = consentsToday(day, referrals, shares);
        Map<FamilyId, Relationship> relationships = new LinkedHashMap<>();
        byFamily.forEach((family, facts) -> {
            Fact first = facts.get(0);
            relationships.put(
                    family,
                    new Relationship(
                                    first.custodian,
                                    referrals.get(family).stream()
                                            .map(r -> r.standsWith(consents) ? r : r.withoutRecords())
                                            .toList(),
                                    first.openEpisode,
                                    first.lead,
                                    first.team,
                                    first.breakGlass)
                            .sharing(shares.getOrDefault(family, List.of()).stream()
                                    .filter(share -> share.standsWith(consents))
                                    .toList()));
        });
        return relationships;
    }

    /** The decisions to share with the organisation, for the families the rows say have any. */
    private Map<FamilyId, List<ReferralGrant>> shares(List<Fact> rows, OrganisationId organisation) {
        List<UUID> shared = rows.stream()
                .filter(row -> row.family != null && row.shared)
                .map(row -> row.family)
                .distinct()
                .toList();
        Map<FamilyId, List<ReferralGrant>> shares = new LinkedHashMap<>();
        if (shared.isEmpty()) {
            return shares;
        }
        Jdbc.run(entityManager, connection -> {
            try (var statement = connection.prepareStatement(SHARES)) {
                statement.setArray(1, connection.createArrayOf("uuid", shared.toArray()));
                statement.setString(2, organisation.value());
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        shares.computeIfAbsent(new FamilyId(row.getObject(1, UUID.class)), f -> new ArrayList<>())
                                .add(new ReferralGrant(
                                        new OrganisationId(row.getString(2)),
                                        Fact.people(row.getArray(3)),
                                        Fact.categories(row.getArray(4)),
                                        Fact.consents(row.getArray(5))));
                    }
                }
            }
            return null;
        });
        return shares;
    }

    /** Where each consent a grant rests on stands on the day; no statement when none rests on consent. */
    @SafeVarargs
    private Map<ConsentId, ConsentStatus> consentsToday(LocalDate day, Map<FamilyId, List<ReferralGrant>>... grants) {
        Set<ConsentId> restedOn = Arrays.stream(grants)
                .flatMap(byFamily -> byFamily.values().stream())
                .flatMap(List::stream)
                .flatMap(grant -> grant.restsOn().stream())
                .collect(Collectors.toSet());
        if (restedOn.isEmpty()) {
            return Map.of();
        }
        return Jdbc.run(entityManager, connection -> ConsentsInForceQuery.statusesOn(connection, restedOn, day));
    }

    private record Fact(
            UUID family,
            boolean custodian,
            boolean openEpisode,
            boolean lead,
            boolean team,
            boolean breakGlass,
            boolean shared,
            String referredBy,
            Set<PersonId> people,
            Set<InformationCategory> categories,
            Set<ConsentId> restsOn) {

        static Fact read(ResultSet row) throws SQLException {
            return new Fact(
                    row.getObject(1, UUID.class),
                    row.getBoolean(2),
                    row.getBoolean(3),
                    row.getBoolean(4),
                    row.getBoolean(5),
                    row.getBoolean(6),
                    row.getBoolean(7),
                    row.getString(8),
                    people(row.getArray(9)),
                    categories(row.getArray(10)),
                    consents(row.getArray(11)));
        }

        private static Set<ConsentId> consents(Array array) throws SQLException {
            if (array == null) {
                return Set.of();
            }
            return Arrays.stream((Object[]) array.getArray())
                    .map(id -> new ConsentId((UUID) id))
                    .collect(Collectors.toUnmodifiableSet());
        }

        private static Set<PersonId> people(Array array) throws SQLException {
            if (array == null) {
                return Set.of();
            }
            return Arrays.stream((Object[]) array.getArray())
                    .map(id -> new PersonId((UUID) id))
                    .collect(Collectors.toUnmodifiableSet());
        }

        private static Set<InformationCategory> categories(Array array) throws SQLException {
            if (array == null) {
                return Set.of();
            }
            return Arrays.stream((Object[]) array.getArray())
                    .map(name -> InformationCategory.valueOf((String) name))
                    .collect(Collectors.toUnmodifiableSet());
        }
    }
}
