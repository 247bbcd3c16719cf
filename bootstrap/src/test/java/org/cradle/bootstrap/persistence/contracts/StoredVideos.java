package org.cradle.bootstrap.persistence.contracts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import org.cradle.application.episode.Episodes;
import org.cradle.application.video.Videos;
import org.cradle.contracts.video.VideosContract;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.episode.PractitionerRef;
import org.cradle.domain.episode.ServiceType;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.video.Video;
import org.cradle.domain.video.VideoId;

/**
 * The records the videos' contracts rest on, stored through the ports in transactions of their own:
 * an episode of a family's, and a video of it for a sealing or a playback to be of.
 */
@ApplicationScoped
public class StoredVideos {

    private static final Instant AT = Instant.parse("2026-04-01T09:00:00Z");

    private final StoredRecords stored;
    private final Episodes episodes;
    private final Videos videos;

    StoredVideos(StoredRecords stored, Episodes episodes, Videos videos) {
        this.stored = stored;
        this.episodes = episodes;
        this.videos = videos;
    }

    /** An episode of {@code organisation}'s with the family. */
    public EpisodeId episode(FamilyId family, OrganisationId organisation) {
        Episode episode = Episode.open(
                EpisodeId.newId(),
                family,
                ServiceType.EARLY_HELP,
                organisation,
                new PractitionerRef("p.lead"),
                LocalDate.parse("2026-04-01"),
                LocalDate.parse("2026-04-01"),
                AT);
        QuarkusTransaction.requiringNew().run(() -> episodes.add(episode));
        return episode.id();
    }

    /** A complete video of {@code organisation}'s, in an episode of a family of its own. */
    public VideoId video(OrganisationId organisation) {
        FamilyId family = stored.family(stored.person(null, null));
        Video video = VideosContract.completed(
                VideosContract.reserved(episode(family, organisation), family, organisation, AT, AT.plusSeconds(3600)));
        QuarkusTransaction.requiringNew().run(() -> videos.add(video));
        return video.id();
    }
}
