package org.cradle.application.video;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.application.episode.Episodes;
import org.cradle.domain.access.HeldRecord;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.video.Video;

/**
 * An episode's videos, newest first, a page at a time: only for the organisation holding the episode
 * (videos are never seen elsewhere), and each listed is audited as read.
 */
@ApplicationScoped
public class ListEpisodeVideos {

    private final Episodes episodes;
    private final Videos videos;
    private final Access access;

    public ListEpisodeVideos(Episodes episodes, Videos videos, Access access) {
        this.episodes = episodes;
        this.videos = videos;
        this.access = access;
    }

    @Transactional
    public Page<Video> list(Actor actor, EpisodeId id, PageRequest page) {
        Episode episode = access.found(actor, episodes.find(id), RecordType.EPISODE, id.value());
        Permit permit = access.require(
                actor,
                new Need.SeeRecord(
                        HeldRecord.video(episode.organisation(), java.util.Set.of(), actor.subject()),
                        Capability.WATCH_VIDEOS),
                episode.family(),
                RecordType.EPISODE,
                id.value());
        Page<Video> found = videos.ofEpisode(id, page);
        List<Video> items = found.items();
        permit.handOver(items.stream()
                .flatMap(video -> VideoFacts.of(AuditAction.VIDEO_READ, video).stream())
                .toList());
        return found;
    }
}
