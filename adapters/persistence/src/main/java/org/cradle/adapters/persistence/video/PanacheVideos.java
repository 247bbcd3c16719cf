package org.cradle.adapters.persistence.video;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cradle.adapters.persistence.Versions;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.video.Videos;
import org.cradle.domain.StaleVersionException;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.video.OwnershipDecision;
import org.cradle.domain.video.Video;
import org.cradle.domain.video.VideoId;
import org.cradle.domain.video.VideoState;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Session videos in PostgreSQL: a row per video, a row per ownership decision, decisions only inserted.
 * Every update moves the row's version on by one, checked against the version the video was read at,
 * so that two requests changing one video at once cannot both succeed.
 */
@ApplicationScoped
public class PanacheVideos implements Videos {

    private static final String RECORD_TYPE = "video";
    private static final List<String> RECEIVING = List.of(VideoState.RESERVED.name(), VideoState.RECEIVING.name());

    private final VideoRows videos;
    private final OwnershipDecisionRows decisions;

    PanacheVideos(VideoRows videos, OwnershipDecisionRows decisions) {
        this.videos = videos;
        this.decisions = decisions;
    }

    @Override
    public Optional<Video> find(VideoId id) {
        return videos.findByIdOptional(id.value())
                .map(video -> withDecisions(List.of(video)).get(0));
    }

    @Override
    public void add(Video video) {
        Video.Snapshot snapshot = video.snapshot();
        videos.persist(VideoMapper.copy(snapshot, new VideoEntity()));
        List<OwnershipDecision> made = snapshot.decisions();
        for (int i = 0; i < made.size(); i++) {
            decisions.persist(VideoMapper.toRow(video.id(), i + 1, made.get(i)));
        }
        flush(video.id());
    }

    @Override
    public void update(Video video) {
        Video.Snapshot snapshot = video.snapshot();
        VideoEntity row = videos.findByIdOptional(video.id().value())
                .orElseThrow(() -> new IllegalStateException("update of a video never added: " + video.id()));
        Versions.requireSame(RECORD_TYPE, video.id(), snapshot.version(), row.version);
        // Decisions are only ever added: the ones past those stored are new.
        int stored = (int) decisions.count("videoId", row.id);
        List<OwnershipDecision> made = snapshot.decisions();
        if (made.size() < stored) {
            throw new StaleVersionException(RECORD_TYPE, video.id());
        }
        for (int i = stored; i < made.size(); i++) {
            decisions.persist(VideoMapper.toRow(video.id(), i + 1, made.get(i)));
        }
        VideoMapper.copy(snapshot, row);
        flush(video.id());
        if (row.version == snapshot.version()) {
            // Nothing changed, so Hibernate wrote nothing: the version still moves on, as every update's does.
            try {
                videos.getEntityManager().lock(row, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            } catch (OptimisticLockException | StaleStateException e) {
                throw new StaleVersionException(RECORD_TYPE, video.id());
            }
        }
    }

    @Override
    public Page<Video> ofEpisode(EpisodeId episode, PageRequest page) {
        PanacheQuery<VideoEntity> query = videos.find(
                "episodeId = ?1 and state <> ?2",
                Sort.descending("createdAt").and("id", Sort.Direction.Descending),
                episode.value(),
                VideoState.ABANDONED.name());
        long total = query.count();
        if (total <= page.offset()) {
            return new Page<>(List.of(), page, total);
        }
        return new Page<>(
                withDecisions(query.page(io.quarkus.panache.common.Page.of(page.page(), page.size()))
                        .list()),
                page,
                total);
    }

    @Override
    public List<Video> expiredUploads(Instant now, int limit) {
        if (limit < 1) {
            return List.of();
        }
        return withDecisions(
                videos.find("state in ?1 and expiresAt <= ?2", Sort.ascending("expiresAt", "id"), RECEIVING, now)
                        .range(0, limit - 1)
                        .list());
    }

    @Override
    public List<Video> dueForCheck(Instant before, int limit) {
        if (limit < 1) {
            return List.of();
        }
        return withDecisions(videos.find(
                        "state = ?1 and (integrityCheckedAt is null or integrityCheckedAt < ?2)",
                        Sort.by("integrityCheckedAt", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_FIRST)
                                .and("id"),
                        VideoState.COMPLETE.name(),
                        before)
                .range(0, limit - 1)
                .list());
    }

    /** The videos of {@code rows}, in their order, with all their decisions fetched in one query. */
    private List<Video> withDecisions(List<VideoEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Collection<UUID> ids = rows.stream().map(row -> row.id).toList();
        Map<UUID, List<OwnershipDecisionEntity>> byVideo =
                decisions.list("videoId in ?1", Sort.ascending("videoId", "number"), ids).stream()
                        .collect(Collectors.groupingBy(decision -> decision.videoId));
        return rows.stream()
                .map(row -> VideoMapper.toDomain(row, byVideo.getOrDefault(row.id, List.of())))
                .toList();
    }

    /** Writes now, so that a change made meanwhile by someone else is a stale-version refusal. */
    private void flush(VideoId id) {
        try {
            videos.flush();
        } catch (StaleStateException | OptimisticLockException e) {
            throw new StaleVersionException(RECORD_TYPE, id);
        } catch (ConstraintViolationException e) {
            if ("video_ownership_decision_pkey".equals(e.getConstraintName())) {
                throw new StaleVersionException(RECORD_TYPE, id);
            }
            throw e;
        }
    }
}
