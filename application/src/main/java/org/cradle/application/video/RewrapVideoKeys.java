package org.cradle.application.video;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.video.VideoId;

/**
 * After the master keyset is rotated (a new primary key added to the configuration), re-wraps every
 * video's data key by the new primary, without reading or rewriting a byte of any video; once it has
 * run, the old master key can be removed from the configuration (docs/operations.md).
 */
@ApplicationScoped
public class RewrapVideoKeys {

    private static final int BATCH = 200;

    private final VideoStorageSteps steps;

    public RewrapVideoKeys(VideoStorageSteps steps) {
        this.steps = steps;
    }

    /** The most unreadable videos an answer names; it counts them all. */
    public static final int MAX_NAMED = 100;

    /**
     * How many data keys were re-wrapped, and by which master key; how many could not be (their master key
     * is no longer in the keyset: those videos cannot be played until it is put back), the first of them
     * that the actor's organisation holds named.
     */
    public record Rewrapped(int count, String primaryMasterKey, int unreadable, List<VideoId> unreadableVideos) {}

    public Rewrapped rewrap(Actor actor) {
        int total = 0;
        int unreadable = 0;
        List<VideoId> named = new ArrayList<>();
        VideoId after = null;
        VideoStorageSteps.Rewrapping batch;
        while ((batch = steps.rewrap(actor, after, BATCH)).last() != null) {
            total += batch.rewrapped();
            unreadable += batch.unreadable();
            batch.unreadableHeld().stream().limit(MAX_NAMED - named.size()).forEach(named::add);
            after = batch.last();
        }
        return new Rewrapped(total, steps.primaryMasterKey(), unreadable, List.copyOf(named));
    }
}
