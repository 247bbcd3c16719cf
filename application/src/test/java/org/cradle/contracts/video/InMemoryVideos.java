package org.cradle.contracts.video;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.video.Videos;
import org.cradle.contracts.Paging;
import org.cradle.contracts.Uuids;
import org.cradle.domain.StaleVersionException;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.video.Video;
import org.cradle.domain.video.VideoId;
import org.cradle.domain.video.VideoState;

/** The port in memory: snapshots kept, each update one version on from the one it was made from. */
public final class InMemoryVideos implements Videos {

    private final Map<VideoId, Video.Snapshot> videos = new LinkedHashMap<>();

    @Override
    public Optional<Video> find(VideoId id) {
        return Optional.ofNullable(videos.get(id)).map(Video::reconstitute);
    }

    /** Every video held, for the fakes that read them as other ports (retention's recordings). */
    public synchronized List<Video> all() {
        return videos.values().stream().map(Video::reconstitute).toList();
    }

    @Override
    public void add(Video video) {
        if (videos.containsKey(video.id())) {
            throw new IllegalStateException("video " + video.id() + " was already added");
        }
        videos.put(video.id(), video.snapshot());
    }

    @Override
    public void update(Video video) {
        Video.Snapshot stored = videos.get(video.id());
        if (stored == null) {
            throw new IllegalStateException("update of a video never added: " + video.id());
        }
        Video.Snapshot changed = video.snapshot();
        if (changed.version() != stored.version()) {
            throw new StaleVersionException("video", video.id(), changed.version(), stored.version());
        }
        if (changed.decisions().size() < stored.decisions().size()
                || !changed.decisions().subList(0, stored.decisions().size()).equals(stored.decisions())) {
            throw new StaleVersionException("video", video.id());
        }
        videos.put(video.id(), withVersion(changed, stored.version() + 1));
    }

    @Override
    public Page<Video> ofEpisode(EpisodeId episode, PageRequest page) {
        return Paging.page(
                videos.values().stream()
                        .filter(video -> video.episode().equals(episode))
                        .filter(video -> video.state() != VideoState.ABANDONED)
                        .sorted(Comparator.comparing(Video.Snapshot::createdAt)
                                .thenComparing(video -> video.id().value(), Uuids.ORDER)
                                .reversed())
                        .map(Video::reconstitute)
                        .toList(),
                page);
    }

    @Override
    public List<Video> expiredUploads(Instant now, int limit) {
        return videos.values().stream()
                .filter(video -> video.state().receiving())
                .filter(video -> !video.expiresAt().isAfter(now))
                .sorted(Comparator.comparing(Video.Snapshot::expiresAt)
                        .thenComparing(video -> video.id().value(), Uuids.ORDER))
                .limit(Math.max(0, limit))
                .map(Video::reconstitute)
                .toList();
    }

    @Override
    public List<Video> dueForCheck(Instant before, int limit) {
        return videos.values().stream()
                .filter(video -> video.state() == VideoState.COMPLETE)
                .filter(video -> video.integrityCheckedAt() == null
                        || video.integrityCheckedAt().isBefore(before))
                .sorted(Comparator.comparing(
                                Video.Snapshot::integrityCheckedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(video -> video.id().value(), Uuids.ORDER))
                .limit(Math.max(0, limit))
                .map(Video::reconstitute)
                .toList();
    }

    private static Video.Snapshot withVersion(Video.Snapshot s, long version) {
        return new Video.Snapshot(
                s.id(),
                s.episode(),
                s.family(),
                s.organisation(),
                s.details(),
                s.length(),
                s.received(),
                s.format(),
                s.state(),
                s.sha256(),
                s.ownership(),
                s.decisions(),
                s.summaryWrittenOn(),
                s.summaryRecordedBy(),
                s.returnedAt(),
                s.returnedBy(),
                s.integrity(),
                s.integrityCheckedAt(),
                s.createdAt(),
                s.createdBy(),
                s.expiresAt(),
                s.endedAt(),
                version);
    }
}
