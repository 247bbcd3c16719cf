package org.cradle.adapters.storage;

import java.nio.file.Path;
import org.cradle.application.video.BlobStore;
import org.cradle.contracts.video.BlobStoreContract;
import org.junit.jupiter.api.io.TempDir;

class FileSystemBlobStoreTest extends BlobStoreContract {

    @TempDir
    Path root;

    @Override
    protected BlobStore store() {
        return new FileSystemBlobStore(root);
    }
}
