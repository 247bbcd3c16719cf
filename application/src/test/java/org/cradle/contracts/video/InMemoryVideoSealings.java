package org.cradle.contracts.video;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cradle.application.video.VideoSealings;
import org.cradle.contracts.Uuids;
import org.cradle.domain.video.VideoId;

/** The port in memory: the sealings, and apart from them who holds each video until when. */
public final class InMemoryVideoSealings implements VideoSealings {

    private final Map<VideoId, Sealing> sealings = new LinkedHashMap<>();
    private final Map<VideoId, Instant> heldUntil = new HashMap<>();
    private final Map<VideoId, Instant> blobRemovedAt = new HashMap<>();

    @Override
    public synchronized void add(Sealing sealing) {
        if (sealings.containsKey(sealing.video())) {
            throw new IllegalStateException("the sealing of video " + sealing.video() + " was already added");
        }
        sealings.put(sealing.video(), copy(sealing));
    }

    @Override
    public synchronized Optional<Sealing> find(VideoId video) {
        return Optional.ofNullable(sealings.get(video)).map(InMemoryVideoSealings::copy);
    }

    @Override
    public synchronized void update(Sealing sealing) {
        if (!sealings.containsKey(sealing.video())) {
            throw new IllegalStateException("update of a video's sealing never added: " + sealing.video());
        }
        sealings.put(sealing.video(), copy(sealing));
    }

    @Override
    public synchronized boolean claim(VideoId video, Instant now, Instant until) {
        if (!sealings.containsKey(video)) {
            return false;
        }
        Instant held = heldUntil.get(video);
        if (held != null && held.isAfter(now)) {
            return false;
        }
        heldUntil.put(video, until);
        return true;
    }

    @Override
    public synchronized void release(VideoId video) {
        heldUntil.remove(video);
    }

    @Override
    public synchronized void destroyKey(VideoId video, Instant at) {
        Sealing s = sealings.get(video);
        if (s == null) {
            return;
        }
        sealings.put(
                video,
                new Sealing(
                        s.video(),
                        null,
                        s.blob(),
                        s.upload(),
                        s.chunkSize(),
                        s.sealedChunkSize(),
                        s.blobSize(),
                        null,
                        s.keyDestroyedAt() == null ? at : s.keyDestroyedAt()));
    }

    @Override
    public synchronized List<Sealing> wrappedByOtherThan(String masterKey, VideoId after, int limit) {
        return sealings.values().stream()
                .filter(sealing ->
                        sealing.key() != null && !sealing.key().masterKey().equals(masterKey))
                .filter(sealing ->
                        after == null || Uuids.ORDER.compare(sealing.video().value(), after.value()) > 0)
                .sorted(Comparator.comparing(sealing -> sealing.video().value(), Uuids.ORDER))
                .limit(Math.max(0, limit))
                .map(InMemoryVideoSealings::copy)
                .toList();
    }

    @Override
    public synchronized List<Sealing> blobsToRemove(int limit) {
        return sealings.values().stream()
                .filter(sealing -> sealing.keyDestroyedAt() != null && !blobRemovedAt.containsKey(sealing.video()))
                .sorted(Comparator.comparing(Sealing::keyDestroyedAt)
                        .thenComparing(sealing -> sealing.video().value(), Uuids.ORDER))
                .limit(Math.max(0, limit))
                .map(InMemoryVideoSealings::copy)
                .toList();
    }

    @Override
    public synchronized void blobRemoved(VideoId video, Instant at) {
        Sealing sealing = sealings.get(video);
        if (sealing == null || sealing.keyDestroyedAt() == null) {
            throw new IllegalStateException("only a destroyed video's blob is removed: " + video);
        }
        blobRemovedAt.putIfAbsent(video, at);
    }

    /** A copy whose digest the caller cannot change in place, as a stored one could not be. */
    private static Sealing copy(Sealing s) {
        return new Sealing(
                s.video(),
                s.key(),
                s.blob(),
                s.upload(),
                s.chunkSize(),
                s.sealedChunkSize(),
                s.blobSize(),
                s.digestState() == null ? null : s.digestState().clone(),
                s.keyDestroyedAt());
    }
}
