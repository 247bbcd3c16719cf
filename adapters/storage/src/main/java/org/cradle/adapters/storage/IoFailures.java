package org.cradle.adapters.storage;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.Locale;
import org.cradle.application.video.BlobKey;
import org.cradle.application.video.BlobStore;

/** The port's failures for a filesystem's: a full disk is not a disk that may come back. */
final class IoFailures {

    private IoFailures() {}

    static RuntimeException of(String doing, BlobKey key, IOException failure) {
        if (isNoSpace(failure)) {
            return new BlobStore.Full("no space left " + doing + " " + key, failure);
        }
        return new BlobStore.Unavailable("could not " + doing + " " + key, failure);
    }

    /**
     * Java reports ENOSPC and EDQUOT only in the text: as a {@link FileSystemException}'s reason when a
     * file is opened or moved, as an {@link IOException}'s message when a channel writes.
     */
    static boolean isNoSpace(IOException failure) {
        String text = failure instanceof FileSystemException fs
                ? fs.getReason() + " " + fs.getMessage()
                : failure.getMessage();
        if (text == null) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("no space left on device") || lower.contains("disk quota exceeded");
    }
}
