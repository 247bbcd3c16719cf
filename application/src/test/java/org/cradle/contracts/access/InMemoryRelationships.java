package org.cradle.contracts.access;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cradle.application.access.Relationships;
import org.cradle.application.breakglass.BreakGlassAccesses;
import org.cradle.application.consent.Consents;
import org.cradle.application.person.People;
import org.cradle.contracts.episode.InMemoryEpisodes;
import org.cradle.contracts.episode.InMemoryTeams;
import org.cradle.contracts.family.InMemoryFamilies;
import org.cradle.contracts.sharing.InMemorySharingDecisions;
import org.cradle.domain.access.ReferralGrant;
import org.cradle.domain.access.Relationship;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.consent.ConsentId;
import org.cradle.domain.consent.ConsentStatus;
import org.cradle.domain.consent.CoverageAnswer.VersionRef;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.sharing.SharingDecision;

/**
 * The access policy's facts read from the other ports held in memory, as {@code SqlRelationships}
 * reads them from their tables: custodian and accepted referrals from the involvements, open episodes
 * and the lead from the episodes, the team by day (in Cradle's time zone), break-glass by the instant,
 * decisions to share with the organisation; and a referral's or a share's grant as it stands with the
 * consents it rests on that day (ADR 19).
 */
public final class InMemoryRelationships implements Relationships {

    private final People people;
    private final InMemoryFamilies families;
    private final InMemoryInvolvements involvements;
    private final InMemoryEpisodes episodes;
    private final InMemoryTeams teams;
    private final BreakGlassAccesses breakGlass;
    private final InMemorySharingDecisions decisions;
    private final Consents consents;
    private final ZoneId zone;

    public InMemoryRelationships(
            People people,
            InMemoryFamilies families,
            InMemoryInvolvements involvements,
            InMemoryEpisodes episodes,
            InMemoryTeams teams,
            BreakGlassAccesses breakGlass,
            InMemorySharingDecisions decisions,
            Consents consents,
            ZoneId zone) {
        this.people = people;
        this.families = families;
        this.involvements = involvements;
        this.episodes = episodes;
        this.teams = teams;
        this.breakGlass = breakGlass;
        this.decisions = decisions;
        this.consents = consents;
        this.zone = zone;
    }

    @Override
    public Optional<Relationship> with(Actor actor, FamilyId family, Instant at) {
        return families.find(family).map(held -> relationship(actor, family, at));
    }

    @Override
    public Optional<Map<FamilyId, Relationship>> withFamiliesOf(Actor actor, PersonId person, Instant at) {
        if (people.find(person).isEmpty()) {
            return Optional.empty();
        }
        Map<FamilyId, Relationship> byFamily = new LinkedHashMap<>();
        families.familiesOf(person).forEach(family -> byFamily.put(family, relationship(actor, family, at)));
        return Optional.of(byFamily);
    }

    private Relationship relationship(Actor actor, FamilyId family, Instant at) {
        LocalDate day = LocalDate.ofInstant(at, zone);
        var organisation = actor.organisation();
        List<Episode> theirs = episodes.all().stream()
                .filter(e -> e.family().equals(family) && e.organisation().equals(organisation))
                .toList();
        boolean custodian = involvements.all().stream()
                .anyMatch(i -> i.custodian()
                        && i.family().equals(family)
                        && i.organisation().equals(organisation));
        List<ReferralGrant> referrals = involvements.all().stream()
                .filter(i -> !i.custodian()
                        && i.family().equals(family)
                        && i.organisation().equals(organisation))
                .map(i -> new ReferralGrant(
                        i.referredBy(),
                        i.people(),
                        i.categories(),
                        decisions.all().stream()
                                .filter(d -> d.referral() != null
                                        && d.referral().value().equals(i.referral()))
                                .findFirst()
                                .map(InMemoryRelationships::restsOn)
                                .orElse(Set.of())))
                .toList();
        List<ReferralGrant> shares = decisions.all().stream()
                .filter(d -> d.family().equals(family)
                        && d.shared()
                        && d.referral() == null
                        && organisation.equals(d.proposal().recipient().organisation()))
                .map(d -> new ReferralGrant(
                        d.organisation(), d.proposal().subjects(), d.proposal().categories(), restsOn(d)))
                .toList();
        Map<ConsentId, ConsentStatus> today = consentsOn(day, referrals, shares);
        return new Relationship(
                        custodian,
                        referrals.stream()
                                .map(r -> r.standsWith(today) ? r : r.withoutRecords())
                                .toList(),
                        theirs.stream().anyMatch(Episode::isOpen),
                        theirs.stream()
                                .anyMatch(e -> e.leadPractitioner().value().equals(actor.subject())),
                        theirs.stream()
                                .flatMap(e -> teams.ofEpisode(e.id()).stream())
                                .anyMatch(m -> m.practitioner().value().equals(actor.subject()) && m.onTheTeamOn(day)),
                        breakGlass.openFor(organisation, actor.subject(), family, at))
                .sharing(shares.stream().filter(s -> s.standsWith(today)).toList());
    }

    private static Set<ConsentId> restsOn(SharingDecision decision) {
        return decision.advice().reliedOn().stream().map(VersionRef::consent).collect(Collectors.toSet());
    }

    private Map<ConsentId, ConsentStatus> consentsOn(
            LocalDate day, List<ReferralGrant> referrals, List<ReferralGrant> shares) {
        Set<ConsentId> restedOn = new HashSet<>();
        referrals.forEach(r -> restedOn.addAll(r.restsOn()));
        shares.forEach(s -> restedOn.addAll(s.restsOn()));
        Map<ConsentId, ConsentStatus> statuses = new LinkedHashMap<>();
        restedOn.forEach(id -> consents.find(id)
                .flatMap(consent -> consent.versionOn(day))
                .ifPresent(version -> statuses.put(id, version.statusOn(day))));
        return statuses;
    }
}
