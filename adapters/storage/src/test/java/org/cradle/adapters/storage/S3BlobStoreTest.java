package org.cradle.adapters.storage;

import org.cradle.application.video.BlobStore;
import org.cradle.contracts.video.BlobStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class S3BlobStoreTest extends BlobStoreContract {

    private static S3ProxyServer server;
    private static S3BlobStore store;

    @BeforeAll
    static void startS3() {
        server = S3ProxyServer.start();
        store = new S3BlobStore(
                server.endpoint(), server.region(), server.identity(), server.credential(), "cradle-contract");
    }

    @AfterAll
    static void stopS3() {
        if (store != null) {
            store.close();
        }
        if (server != null) {
            server.stop();
        }
    }

    @Override
    protected BlobStore store() {
        return store;
    }
}
