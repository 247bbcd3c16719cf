package org.cradle.domain.video;

import java.util.Objects;
import java.util.UUID;
import org.cradle.domain.Identifiers;

/** Identifies a session video, from the creation of its upload to its destruction. */
public record VideoId(UUID value) {

    public VideoId {
        Objects.requireNonNull(value, "value");
    }

    public static VideoId newId() {
        return new VideoId(UUID.randomUUID());
    }

    public static VideoId parse(String text) {
        return new VideoId(Identifiers.parse("video", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
