package org.cradle.adapters.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.streamingaead.AesGcmHkdfStreamingKey;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.cradle.application.video.SealedKey;
import org.cradle.application.video.VideoCipher;

/**
 * The {@link VideoCipher} of Tink: each video's data key is a streaming AEAD keyset (AES256_GCM_HKDF_1MB),
 * kept encrypted by the master AEAD keyset of {@link MasterKeys}; parts are sealed in 1 MiB segments, so a
 * range is read by decrypting only the segments it touches.
 */
public final class TinkVideoCipher implements VideoCipher {

    /** The template of every data key. */
    static final String DATA_KEY_TEMPLATE = "AES256_GCM_HKDF_1MB";

    /** Binds a wrapped data key to its use: it is not a wrapped keyset of any other kind. */
    static final byte[] DATA_KEY_ASSOCIATED_DATA = "cradle-video-key".getBytes(StandardCharsets.US_ASCII);

    /** AES256_GCM_HKDF_1MB: a segment of ciphertext, tag included. */
    static final int SEGMENT_SIZE = 1 << 20;

    /** AES256_GCM_HKDF_1MB: the header's length byte, the 32-byte salt and the 7-byte nonce prefix. */
    static final int HEADER_SIZE = 1 + 32 + 7;

    /** AES-GCM's tag, one per segment. */
    static final int TAG_SIZE = 16;

    /** Room to spare above the exact size, in case Tink's framing ever grows a little. */
    static final int SAFETY_MARGIN = 256;

    /** How many unwrapped data keys are kept, so that range reads do not unwrap the key every time. */
    static final int CACHED_DATA_KEYS = 256;

    private final MasterKeys masterKeys;

    /** The master keyset last seen, with its primitive and the data keys it unwrapped. */
    private volatile Master master;

    /**
     * Whether videos' SHA-256 is the JDK's (its intrinsics), rather than BouncyCastle's slower one: only
     * where {@code java.base/sun.security.provider} is opened to Cradle, as docs/operations.md says to.
     */
    public static boolean digestsWithTheJdk() {
        return Sha256.FAST;
    }

    public TinkVideoCipher(MasterKeys masterKeys) {
        TinkKeysets.ensureRegistered();
        this.masterKeys = Objects.requireNonNull(masterKeys, "masterKeys");
        master();
    }

    @Override
    public SealedKey newKey() {
        Master current = master();
        try {
            KeysetHandle dataKey = KeysetHandle.generateNew(KeyTemplates.get(DATA_KEY_TEMPLATE));
            byte[] wrapped =
                    TinkProtoKeysetFormat.serializeEncryptedKeyset(dataKey, current.aead, DATA_KEY_ASSOCIATED_DATA);
            current.remember(wrapped, streamingAeadOf(dataKey));
            return new SealedKey(wrapped, current.primaryId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A new data key could not be generated and wrapped", e);
        }
    }

    @Override
    public SealedKey rewrap(SealedKey key) {
        Objects.requireNonNull(key, "key");
        Master current = master();
        KeysetHandle dataKey = current.unwrap(key);
        try {
            byte[] wrapped =
                    TinkProtoKeysetFormat.serializeEncryptedKeyset(dataKey, current.aead, DATA_KEY_ASSOCIATED_DATA);
            return new SealedKey(wrapped, current.primaryId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "The data key could not be re-wrapped by master key " + current.primaryId, e);
        }
    }

    @Override
    public String primaryMasterKey() {
        return master().primaryId;
    }

    @Override
    public int seal(SealedKey key, byte[] associatedData, ByteBuffer plaintext, ByteBuffer out) {
        Objects.requireNonNull(associatedData, "associatedData");
        int bound = sealedSize(plaintext.remaining());
        if (out.remaining() < bound) {
            throw new IllegalArgumentException(
                    "out has " + out.remaining() + " bytes free; sealing this part needs up to " + bound);
        }
        StreamingAead aead = streamingAead(key);
        int start = out.position();
        try (WritableByteChannel encrypting = aead.newEncryptingChannel(new BufferSink(out), associatedData)) {
            while (plaintext.hasRemaining()) {
                encrypting.write(plaintext);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The part could not be sealed", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The part could not be sealed", e);
        }
        return out.position() - start;
    }

    @Override
    public int sealedSize(int plaintextSize) {
        if (plaintextSize < 0) {
            throw new IllegalArgumentException("plaintextSize < 0: " + plaintextSize);
        }
        // The first segment holds the header too; one more segment for a last one that may be partial or
        // empty, and one to spare.
        long segments = ((long) plaintextSize + HEADER_SIZE) / (SEGMENT_SIZE - TAG_SIZE) + 2;
        return Math.toIntExact(HEADER_SIZE + (long) plaintextSize + segments * TAG_SIZE + SAFETY_MARGIN);
    }

    @Override
    public SeekableByteChannel open(SealedKey key, byte[] associatedData, SeekableByteChannel sealed) {
        Objects.requireNonNull(associatedData, "associatedData");
        Objects.requireNonNull(sealed, "sealed");
        StreamingAead aead = streamingAead(key);
        try {
            return new OpenPart(
                    aead.newSeekableDecryptingChannel(sealed, associatedData), aead, associatedData, sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The sealed part could not be opened", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The sealed part could not be opened", e);
        }
    }

    @Override
    public RunningDigest digest(byte[] savedState) {
        return savedState == null ? Sha256.start() : Sha256.restore(savedState);
    }

    private StreamingAead streamingAead(SealedKey key) {
        Objects.requireNonNull(key, "key");
        return master().streamingAead(key);
    }

    /**
     * The primitive of a data keyset, which holds one AES256_GCM_HKDF_1MB key: that key's own primitive
     * rather than the keyset's, whose decrypting channel cannot tell its size before a first read (it tries
     * each key in turn), and which has only one key to try here. Anything else is refused, as {@link
     * #sealedSize} holds for these parameters only.
     */
    static StreamingAead streamingAeadOf(KeysetHandle dataKey) {
        try {
            if (dataKey.size() == 1
                    && dataKey.getPrimary().getKey() instanceof AesGcmHkdfStreamingKey key
                    && key.getParameters().equals(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB)) {
                return AesGcmHkdfStreaming.create(key);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The data key's streaming AEAD could not be made", e);
        }
        throw new IllegalStateException("The data key is not a single " + DATA_KEY_TEMPLATE + " key");
    }

    /** The master keyset now; a new one (a rotation) starts with an empty cache of data keys. */
    private Master master() {
        KeysetHandle now = masterKeys.current();
        Master known = master;
        if (known != null && known.handle == now) {
            return known;
        }
        synchronized (this) {
            known = master;
            if (known == null || known.handle != now) {
                known = new Master(now);
                master = known;
            }
            return known;
        }
    }

    /**
     * One master keyset, its AEAD and the data keys it has unwrapped. The cache belongs to the keyset, so a
     * key removed from the master keyset takes with it every data key only it could unwrap; and it is keyed
     * by the wrapped bytes, so a re-wrapping is a new entry and nothing forgotten by its owner comes back.
     */
    private static final class Master {
        final KeysetHandle handle;
        final Aead aead;
        final String primaryId;
        private final Map<ByteBuffer, StreamingAead> dataKeys = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<ByteBuffer, StreamingAead> eldest) {
                return size() > CACHED_DATA_KEYS;
            }
        };

        Master(KeysetHandle handle) {
            this.handle = Objects.requireNonNull(handle, "the master keyset");
            try {
                this.aead = handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("The master keyset is not a Tink AEAD keyset", e);
            }
            this.primaryId = String.valueOf(handle.getPrimary().getId());
        }

        KeysetHandle unwrap(SealedKey key) {
            try {
                return TinkProtoKeysetFormat.parseEncryptedKeyset(key.wrapped(), aead, DATA_KEY_ASSOCIATED_DATA);
            } catch (GeneralSecurityException e) {
                throw new VideoCipher.UnreadableKey(
                        "The data key wrapped by master key " + key.masterKey()
                                + " cannot be unwrapped by the master keyset (primary " + primaryId + ")",
                        e);
            }
        }

        StreamingAead streamingAead(SealedKey key) {
            byte[] wrapped = key.wrapped();
            ByteBuffer cacheKey = ByteBuffer.wrap(wrapped);
            synchronized (dataKeys) {
                StreamingAead cached = dataKeys.get(cacheKey);
                if (cached != null) {
                    return cached;
                }
            }
            StreamingAead aead = streamingAeadOf(unwrap(key));
            remember(wrapped, aead);
            return aead;
        }

        void remember(byte[] wrapped, StreamingAead aead) {
            synchronized (dataKeys) {
                dataKeys.put(ByteBuffer.wrap(wrapped.clone()), aead);
            }
        }
    }

    /**
     * Tink's seekable decrypting channel, with its end made plain. Tink 1.18's channel returns 0, never
     * -1, when a read starts at the end of the plaintext, and in that case decrypts nothing: a caller
     * reading until -1 would spin, and an empty part would open without its one segment (its tag) being
     * checked. Here such a read first authenticates the last segment, then reports the end.
     */
    private static final class OpenPart implements SeekableByteChannel {
        private final SeekableByteChannel plaintext;
        private final StreamingAead aead;
        private final byte[] associatedData;
        private final SeekableByteChannel sealed;
        private boolean endVerified;

        OpenPart(SeekableByteChannel plaintext, StreamingAead aead, byte[] associatedData, SeekableByteChannel sealed) {
            this.plaintext = plaintext;
            this.aead = aead;
            this.associatedData = associatedData.clone();
            this.sealed = sealed;
        }

        @Override
        public synchronized int read(ByteBuffer dst) throws IOException {
            int n = plaintext.read(dst);
            if (n != 0 || !dst.hasRemaining()) {
                return n;
            }
            long size = plaintext.size();
            if (plaintext.position() < size) {
                return 0; // the sealed channel gave no bytes just now
            }
            verifyEnd(size);
            return -1;
        }

        private void verifyEnd(long size) throws IOException {
            if (endVerified) {
                return;
            }
            if (size > 0) {
                long position = plaintext.position();
                plaintext.position(size - 1);
                ByteBuffer last = ByteBuffer.allocate(1);
                while (last.hasRemaining()) {
                    if (plaintext.read(last) <= 0) {
                        throw new IOException("The sealed part's last segment could not be read");
                    }
                }
                plaintext.position(position);
            } else {
                // An empty part: Tink's non-seekable channel checks its one segment. Not closed: that
                // would close the sealed channel, which this channel closes.
                sealed.position(0);
                try {
                    ReadableByteChannel whole = aead.newDecryptingChannel(sealed, associatedData);
                    ByteBuffer none = ByteBuffer.allocate(1);
                    int n;
                    while ((n = whole.read(none)) == 0) {
                        // until the segment is in and checked
                    }
                    if (n > 0) {
                        throw new IOException("The sealed part holds more than its size says");
                    }
                } catch (GeneralSecurityException e) {
                    throw new IOException("The sealed part could not be checked", e);
                }
            }
            endVerified = true;
        }

        @Override
        public int write(ByteBuffer src) {
            throw new NonWritableChannelException();
        }

        @Override
        public synchronized long position() throws IOException {
            return plaintext.position();
        }

        @Override
        public synchronized SeekableByteChannel position(long newPosition) throws IOException {
            plaintext.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return plaintext.size();
        }

        @Override
        public SeekableByteChannel truncate(long size) {
            throw new NonWritableChannelException();
        }

        @Override
        public boolean isOpen() {
            return plaintext.isOpen();
        }

        @Override
        public void close() throws IOException {
            plaintext.close();
        }
    }

    /** Writes into a buffer, which has been checked to have room for the whole ciphertext. */
    private static final class BufferSink implements WritableByteChannel {
        private final ByteBuffer out;
        private boolean open = true;

        BufferSink(ByteBuffer out) {
            this.out = out;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            if (!open) {
                throw new IOException("closed");
            }
            int n = src.remaining();
            if (n > out.remaining()) {
                throw new IOException(
                        "The sealed part outgrew its buffer: " + n + " bytes more, " + out.remaining() + " free");
            }
            out.put(src);
            return n;
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            open = false;
        }
    }
}
