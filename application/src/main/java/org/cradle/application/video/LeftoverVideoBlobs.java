package org.cradle.application.video;

import jakarta.enterprise.context.Dependent;
import java.lang.System.Logger.Level;
import java.time.Clock;
import org.cradle.application.retention.BytesOutsideTheDatabase;
import org.cradle.application.video.VideoSealings.Sealing;
import org.cradle.domain.video.Video;

/**
 * Removes the blobs of videos whose data key was destroyed, whoever destroyed it (a deletion, an upload
 * abandoned, the retention sweeper), and says so on the sealing. A removal that fails (the store down)
 * is logged and left for the next run: the key is already gone, so the bytes are unreadable meanwhile,
 * and nothing is reported as removed that is still there.
 */
@Dependent
public class LeftoverVideoBlobs implements BytesOutsideTheDatabase {

    private static final System.Logger LOG = System.getLogger(LeftoverVideoBlobs.class.getName());
    private static final int BATCH = 100;

    private final VideoSealings sealings;
    private final Videos videos;
    private final VideoBytes bytes;
    private final Clock clock;

    public LeftoverVideoBlobs(VideoSealings sealings, Videos videos, VideoBytes bytes, Clock clock) {
        this.sealings = sealings;
        this.videos = videos;
        this.bytes = bytes;
        this.clock = clock;
    }

    /** Removes the destroyed video's blob and the tail it had reached; whether it is gone. */
    public boolean remove(Sealing sealing, long received) {
        try {
            bytes.remove(sealing, received);
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "the blob of destroyed video " + sealing.video() + " could not be removed; it is retried",
                    e);
            return false;
        }
        sealings.blobRemoved(sealing.video(), clock.instant());
        return true;
    }

    @Override
    public int removeLeftovers() {
        int removed = 0;
        var due = sealings.blobsToRemove(BATCH);
        while (!due.isEmpty()) {
            int before = removed;
            for (Sealing sealing : due) {
                long received =
                        videos.find(sealing.video()).map(Video::received).orElse(0L);
                if (remove(sealing, received)) {
                    removed++;
                }
            }
            if (removed == before || due.size() < BATCH) {
                // none went (the store is down), or the last batch: the next run carries on
                break;
            }
            due = sealings.blobsToRemove(BATCH);
        }
        return removed;
    }
}
