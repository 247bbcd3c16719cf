package org.cradle.domain.video;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The recordings Cradle keeps, told apart by their first bytes, never by what a client says they are:
 * a file named .mp4 that is not one is refused. {@link #SNIFF_LENGTH} bytes are enough to tell.
 */
public enum VideoFormat {
    /** ISO base media (MPEG-4 part 14): an {@code ftyp} box whose major brand is not QuickTime's. */
    MP4("video/mp4"),
    /** Matroska's EBML header with the document type {@code webm}. */
    WEBM("video/webm"),
    /** Apple QuickTime: an {@code ftyp} box of brand {@code qt  }, or an older file opening on a known atom. */
    QUICKTIME("video/quicktime");

    /** How many leading bytes {@link #sniff} looks at. */
    public static final int SNIFF_LENGTH = 64;

    private static final byte[] EBML = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3};
    /** Atoms an old QuickTime file (before {@code ftyp}) may start with. */
    private static final String[] QUICKTIME_ATOMS = {"moov", "mdat", "wide", "free", "skip", "pnot"};

    private final String mediaType;

    VideoFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format the bytes are in, if they are one of these; {@code head} may be shorter than {@link #SNIFF_LENGTH}. */
    public static Optional<VideoFormat> sniff(byte[] head) {
        if (head.length >= 12 && "ftyp".equals(ascii(head, 4, 4))) {
            return Optional.of("qt  ".equals(ascii(head, 8, 4)) ? QUICKTIME : MP4);
        }
        if (head.length >= 8) {
            String atom = ascii(head, 4, 4);
            if (Arrays.asList(QUICKTIME_ATOMS).contains(atom)) {
                return Optional.of(QUICKTIME);
            }
        }
        if (head.length >= 4 && Arrays.equals(Arrays.copyOf(head, 4), EBML)) {
            // The document type is a string element (id 0x4282) in the header: "webm", not "matroska".
            String header = new String(head, StandardCharsets.ISO_8859_1);
            return header.contains("webm") ? Optional.of(WEBM) : Optional.empty();
        }
        return Optional.empty();
    }

    private static String ascii(byte[] bytes, int from, int length) {
        return new String(bytes, from, length, StandardCharsets.ISO_8859_1);
    }
}
