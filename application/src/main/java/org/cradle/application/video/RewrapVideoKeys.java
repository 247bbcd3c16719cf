package org.cradle.application.video;

import jakarta.enterprise.context.ApplicationScoped;
import org.cradle.domain.actor.Actor;

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

    /** How many data keys were re-wrapped, and by which master key. */
    public record Rewrapped(int count, String primaryMasterKey) {}

    public Rewrapped rewrap(Actor actor) {
        int total = 0;
        int done;
        do {
            done = steps.rewrap(actor, BATCH);
            total += done;
        } while (done == BATCH);
        return new Rewrapped(total, steps.primaryMasterKey());
    }
}
