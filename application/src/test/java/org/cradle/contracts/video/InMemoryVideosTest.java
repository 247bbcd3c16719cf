package org.cradle.contracts.video;

import org.cradle.application.video.Videos;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;

class InMemoryVideosTest extends VideosContract {

    private final InMemoryVideos videos = new InMemoryVideos();

    @Override
    protected Videos videos() {
        return videos;
    }

    @Override
    protected FamilyId family() {
        return FamilyId.newId();
    }

    @Override
    protected EpisodeId episode(FamilyId family, OrganisationId organisation) {
        return EpisodeId.newId();
    }
}
