package org.cradle.bootstrap.api;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;
import org.cradle.adapters.storage.S3ProxyServer;

/**
 * The service with its videos in a real S3-compatible store (S3Proxy, started from Maven Central's jar in
 * a JVM of its own), as a deployment configures it: {@code cradle.videos.store=s3} and the endpoint,
 * bucket and keys. The bucket is the store's own (Cradle creates it when missing, as S3Proxy allows).
 */
public class S3Store implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Server.class));
    }

    /** S3Proxy for as long as the profile's service runs. */
    public static class Server implements QuarkusTestResourceLifecycleManager {

        private S3ProxyServer server;

        @Override
        public Map<String, String> start() {
            server = S3ProxyServer.start();
            return Map.of(
                    "cradle.videos.store", "s3",
                    "cradle.videos.s3.endpoint", server.endpoint().toString(),
                    "cradle.videos.s3.region", server.region(),
                    "cradle.videos.s3.bucket", "cradle-test-videos",
                    "cradle.videos.s3.access-key-id", server.identity(),
                    "cradle.videos.s3.secret-access-key", server.credential());
        }

        @Override
        public void stop() {
            if (server != null) {
                server.stop();
            }
        }
    }
}
