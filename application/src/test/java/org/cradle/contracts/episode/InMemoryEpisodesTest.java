package org.cradle.contracts.episode;

import org.cradle.application.episode.Episodes;
import org.cradle.domain.family.FamilyId;

class InMemoryEpisodesTest extends EpisodesContract {

    private final InMemoryEpisodes episodes = new InMemoryEpisodes();

    @Override
    protected Episodes episodes() {
        return episodes;
    }

    @Override
    protected FamilyId family() {
        return FamilyId.newId();
    }
}
