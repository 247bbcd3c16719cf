package org.cradle.domain.episode;

import java.util.Objects;
import java.util.UUID;
import org.cradle.domain.Identifiers;

/** Identifies an episode of work. */
public record EpisodeId(UUID value) {

    public EpisodeId {
        Objects.requireNonNull(value, "value");
    }

    public static EpisodeId newId() {
        return new EpisodeId(UUID.randomUUID());
    }

    public static EpisodeId parse(String text) {
        return new EpisodeId(Identifiers.parse("episode", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
