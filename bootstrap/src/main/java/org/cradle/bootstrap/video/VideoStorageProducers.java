package org.cradle.bootstrap.video;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import org.cradle.adapters.crypto.MasterKeys;
import org.cradle.adapters.crypto.TinkVideoCipher;
import org.cradle.adapters.storage.FileSystemBlobStore;
import org.cradle.adapters.storage.S3BlobStore;
import org.cradle.application.video.BlobStore;
import org.cradle.application.video.ChunkBuffers;
import org.cradle.application.video.VideoCipher;
import org.cradle.application.video.VideoSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Where videos are kept and how they are sealed, from configuration (docs/operations.md): made at start,
 * so that a store that cannot be reached, a master keyset that does not parse or a setting out of range
 * stops the start naming it, instead of failing the first upload.
 */
@ApplicationScoped
public class VideoStorageProducers {

    private static final Logger LOG = Logger.getLogger(VideoStorageProducers.class);

    @Produces
    @Singleton
    @Startup
    VideoSettings videoSettings(
            @ConfigProperty(name = "cradle.videos.max-length", defaultValue = "8589934592") long maxLength,
            @ConfigProperty(name = "cradle.videos.upload-expiry", defaultValue = "PT24H") Duration uploadExpiry,
            @ConfigProperty(name = "cradle.videos.playback-session", defaultValue = "PT30M") Duration session) {
        return new VideoSettings(maxLength, uploadExpiry, session, VideoSettings.DEFAULT_CHUNK_SIZE);
    }

    @Produces
    @Singleton
    @Startup
    VideoCipher videoCipher(
            @ConfigProperty(name = "cradle.videos.master-keyset-file", defaultValue = ".data/video-master-keyset.json")
                    Path keyset,
            @ConfigProperty(name = "cradle.videos.generate-master-keyset", defaultValue = "true") boolean generate)
            throws IOException {
        if (!Files.exists(keyset)) {
            if (!generate) {
                throw new IllegalStateException("cradle.videos.master-keyset-file " + keyset + " does not exist");
            }
            // The embedded default run makes its own master keyset; a deployment mounts one from its secret
            // store and sets cradle.videos.generate-master-keyset=false (docs/operations.md).
            LOG.warnf(
                    "no video master keyset at %s: generating one (set cradle.videos.generate-master-keyset=false in"
                            + " production and provide the keyset from your secret store)",
                    keyset.toAbsolutePath());
            Path parent = keyset.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, ".keyset", ".json");
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX filesystem: its own permissions apply
            }
            Files.writeString(
                    temporary, MasterKeys.generateKeysetJson(), StandardCharsets.UTF_8, StandardOpenOption.WRITE);
            Files.move(temporary, keyset, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        if (!TinkVideoCipher.digestsWithTheJdk()) {
            LOG.warn("videos' SHA-256 is BouncyCastle's, several times slower than the JDK's: add"
                    + " --add-opens java.base/sun.security.provider=ALL-UNNAMED to the JVM's options");
        }
        return new TinkVideoCipher(MasterKeys.fromJsonFile(keyset));
    }

    @Produces
    @Singleton
    ChunkBuffers chunkBuffers(
            VideoSettings settings,
            VideoCipher cipher,
            @ConfigProperty(name = "cradle.videos.upload-buffers", defaultValue = "8") int count) {
        return new ChunkBuffers(settings.chunkSize(), cipher.sealedSize(settings.chunkSize()), count);
    }

    @Produces
    @Singleton
    @Startup
    BlobStore blobStore(
            @ConfigProperty(name = "cradle.videos.store", defaultValue = "filesystem") String store,
            @ConfigProperty(name = "cradle.videos.directory", defaultValue = ".data/videos") Path directory,
            @ConfigProperty(name = "cradle.videos.s3.endpoint") Optional<URI> endpoint,
            @ConfigProperty(name = "cradle.videos.s3.region", defaultValue = "us-east-1") String region,
            @ConfigProperty(name = "cradle.videos.s3.bucket", defaultValue = "cradle-videos") String bucket,
            @ConfigProperty(name = "cradle.videos.s3.access-key-id") Optional<String> accessKey,
            @ConfigProperty(name = "cradle.videos.s3.secret-access-key") Optional<String> secretKey)
            throws IOException {
        return switch (store) {
            case "filesystem" -> {
                Files.createDirectories(directory);
                yield new FileSystemBlobStore(directory.toAbsolutePath());
            }
            case "s3" -> new S3BlobStore(
                    endpoint.orElseThrow(() -> new IllegalStateException("cradle.videos.s3.endpoint is required")),
                    region,
                    accessKey.orElseThrow(
                            () -> new IllegalStateException("cradle.videos.s3.access-key-id is required")),
                    secretKey.orElseThrow(
                            () -> new IllegalStateException("cradle.videos.s3.secret-access-key is required")),
                    bucket);
            default -> throw new IllegalStateException("cradle.videos.store is filesystem or s3, not " + store);
        };
    }
}
