package org.cradle.application.video;

import java.io.IOException;
import java.io.OutputStream;
import org.cradle.domain.video.Video;

/**
 * What a player gets: the video, the bytes it is sent, whether they are a part of it, and how to write
 * them. Written after the use case's transaction ends: the bytes move outside any.
 */
public final class Playback {

    private final Video video;
    private final ByteRange range;
    private final boolean partial;
    private final VideoSealings.Sealing sealing;
    private final VideoBytes bytes;

    Playback(Video video, ByteRange range, boolean partial, VideoSealings.Sealing sealing, VideoBytes bytes) {
        this.video = video;
        this.range = range;
        this.partial = partial;
        this.sealing = sealing;
        this.bytes = bytes;
    }

    public Video video() {
        return video;
    }

    public ByteRange range() {
        return range;
    }

    /** Whether a range was asked for and is sent (206), rather than the whole video (200). */
    public boolean partial() {
        return partial;
    }

    /** The entity tag of the video's bytes: their SHA-256, which never changes. */
    public String etag() {
        return etag(video);
    }

    static String etag(Video video) {
        return "\"" + video.sha256().orElseThrow() + "\"";
    }

    public void writeTo(OutputStream out) throws IOException {
        bytes.copy(video, sealing, range, out);
    }
}
