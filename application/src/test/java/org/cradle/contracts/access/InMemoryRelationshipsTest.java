package org.cradle.contracts.access;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Optional;
import org.cradle.application.access.Involvements;
import org.cradle.application.access.Relationships;
import org.cradle.application.breakglass.BreakGlassAccesses;
import org.cradle.application.consent.Consents;
import org.cradle.application.episode.Episodes;
import org.cradle.application.episode.Teams;
import org.cradle.application.family.Families;
import org.cradle.application.person.People;
import org.cradle.application.sharing.SharingDecisions;
import org.cradle.contracts.breakglass.InMemoryBreakGlassAccesses;
import org.cradle.contracts.consent.InMemoryConsents;
import org.cradle.contracts.episode.InMemoryEpisodes;
import org.cradle.contracts.episode.InMemoryTeams;
import org.cradle.contracts.family.InMemoryFamilies;
import org.cradle.contracts.person.InMemoryPeople;
import org.cradle.contracts.sharing.InMemorySharingDecisions;

class InMemoryRelationshipsTest extends RelationshipsContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryFamilies families = new InMemoryFamilies();
    private final InMemoryInvolvements involvements = new InMemoryInvolvements();
    private final InMemoryEpisodes episodes = new InMemoryEpisodes();
    private final InMemoryTeams teams = new InMemoryTeams();
    private final InMemoryBreakGlassAccesses breakGlass =
            new InMemoryBreakGlassAccesses(family -> Optional.empty(), ArrayList::new);
    private final InMemorySharingDecisions decisions = new InMemorySharingDecisions();
    private final InMemoryConsents consents = new InMemoryConsents(families);
    private final InMemoryRelationships relationships = new InMemoryRelationships(
            people,
            families,
            involvements,
            episodes,
            teams,
            breakGlass,
            decisions,
            consents,
            ZoneId.of("Europe/London"));

    @Override
    protected Relationships relationships() {
        return relationships;
    }

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected Families families() {
        return families;
    }

    @Override
    protected Involvements involvements() {
        return involvements;
    }

    @Override
    protected Episodes episodes() {
        return episodes;
    }

    @Override
    protected Teams teams() {
        return teams;
    }

    @Override
    protected BreakGlassAccesses breakGlassAccesses() {
        return breakGlass;
    }

    @Override
    protected SharingDecisions sharingDecisions() {
        return decisions;
    }

    @Override
    protected Consents consents() {
        return consents;
    }
}
