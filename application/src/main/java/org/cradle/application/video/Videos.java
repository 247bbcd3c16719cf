package org.cradle.application.video;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.video.Video;
import org.cradle.domain.video.VideoId;

/** Session videos' records: what Cradle knows of each, never their bytes. */
public interface Videos {

    Optional<Video> find(VideoId id);

    void add(Video video);

    /** Stores the video as changed; refuses with a stale-version error if it changed since it was read. */
    void update(Video video);

    /** An episode's videos that were not abandoned, newest first. */
    Page<Video> ofEpisode(EpisodeId episode, PageRequest page);

    /** Up to {@code limit} uploads still receiving whose time ran out by {@code now}. */
    List<Video> expiredUploads(Instant now, int limit);

    /** Up to {@code limit} complete videos least recently checked (never checked first), checked before {@code before}. */
    List<Video> dueForCheck(Instant before, int limit);
}
