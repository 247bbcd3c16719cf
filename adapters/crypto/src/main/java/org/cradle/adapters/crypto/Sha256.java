package org.cradle.adapters.crypto;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.cradle.application.video.VideoCipher.RunningDigest;

/**
 * A video's SHA-256, computed as its bytes arrive over several requests: the digest's state is saved
 * between them. Two implementations of the one algorithm, with one saved form, so a state saved by one
 * is carried on by the other:
 *
 * <ul>
 *   <li>the JDK's own (SHA-NI or AVX2 intrinsics: 1.6 GB/s on the benchmark machine, seven times
 *       BouncyCastle's pure Java, which was the upload's whole cost once the cipher was warm), whose state
 *       can only be read and set by opening {@code java.base/sun.security.provider} to Cradle: the container
 *       image's JVM options do, an operator's launch adds them (docs/operations.md), and so do the tests;
 *   <li>BouncyCastle's, whose state is public, wherever that package is not open (an IDE run, a launcher
 *       that ignores the manifest): the same digests, more slowly; {@link #FAST} says which is in use.
 * </ul>
 *
 * <p>The saved form: {@code "SHA2"}, the eight state words, the count of bytes digested (big-endian), and
 * the bytes of the block not yet digested (count mod 64 of them). A state saved before this form (by
 * BouncyCastle itself, {@code getEncodedState}) is still read.
 */
final class Sha256 {

    private static final byte[] MAGIC = {'S', 'H', 'A', '2'};
    private static final int BLOCK = 64;
    private static final int HEADER = MAGIC.length + 8 * 4 + 8;

    /** The state of a digest: its eight words, the bytes digested, and the unfinished block's bytes. */
    record State(int[] words, long count, byte[] pending) {
        State {
            if (words.length != 8 || pending.length != (int) (count % BLOCK)) {
                throw new IllegalArgumentException("not a SHA-256 state");
            }
        }

        byte[] encoded() {
            ByteBuffer out = ByteBuffer.allocate(HEADER + pending.length);
            out.put(MAGIC);
            for (int word : words) {
                out.putInt(word);
            }
            return out.putLong(count).put(pending).array();
        }

        static State decode(byte[] saved) {
            if (saved.length >= HEADER && Arrays.equals(saved, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
                ByteBuffer in = ByteBuffer.wrap(saved, MAGIC.length, saved.length - MAGIC.length);
                int[] words = new int[8];
                for (int i = 0; i < 8; i++) {
                    words[i] = in.getInt();
                }
                long count = in.getLong();
                byte[] pending = new byte[in.remaining()];
                in.get(pending);
                return new State(words, count, pending);
            }
            return Bc.state(new SHA256Digest(saved));
        }
    }

    /** Whether the JDK's digest is in use (its state can be read and set), rather than BouncyCastle's. */
    static final boolean FAST = Jdk.AVAILABLE;

    private Sha256() {}

    static RunningDigest start() {
        return FAST ? new Jdk(null) : new Bc(new SHA256Digest());
    }

    static RunningDigest restore(byte[] saved) {
        State state;
        try {
            state = State.decode(saved);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not a saved SHA-256 state", e);
        }
        return FAST ? new Jdk(state) : new Bc(Bc.digest(state));
    }

    /** A digest fed arrays: a buffer's own, or its bytes copied through a scratch array (off-heap buffers). */
    abstract static class ArrayFed implements RunningDigest {

        private byte[] scratch;

        abstract void update(byte[] bytes, int offset, int length);

        @Override
        public final void update(ByteBuffer bytes) {
            if (bytes.hasArray()) {
                update(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
                bytes.position(bytes.limit());
                return;
            }
            if (scratch == null) {
                scratch = new byte[256 * 1024];
            }
            while (bytes.hasRemaining()) {
                int n = Math.min(scratch.length, bytes.remaining());
                bytes.get(scratch, 0, n);
                update(scratch, 0, n);
            }
        }
    }

    /** The JDK's SHA-256, its state read and set in its own fields. */
    static final class Jdk extends ArrayFed {

        static final boolean AVAILABLE;
        private static final MethodHandle NEW;
        private static final MethodHandle UPDATE;
        private static final MethodHandle DIGEST;
        private static final MethodHandle CLONE;
        private static final VarHandle WORDS;
        private static final VarHandle BUFFER;
        private static final VarHandle OFFSET;
        private static final VarHandle COUNT;

        static {
            boolean available = false;
            MethodHandle create = null, update = null, digest = null, copy = null;
            VarHandle words = null, buffer = null, offset = null, count = null;
            try {
                Class<?> sha256 = Class.forName("sun.security.provider.SHA2$SHA256");
                Class<?> sha2 = sha256.getSuperclass();
                Class<?> base = sha2.getSuperclass();
                MethodHandles.Lookup ofSha2 = MethodHandles.privateLookupIn(sha2, MethodHandles.lookup());
                MethodHandles.Lookup ofBase = MethodHandles.privateLookupIn(base, MethodHandles.lookup());
                create = MethodHandles.privateLookupIn(sha256, MethodHandles.lookup())
                        .findConstructor(sha256, MethodType.methodType(void.class));
                update = ofBase.findVirtual(
                        base, "engineUpdate", MethodType.methodType(void.class, byte[].class, int.class, int.class));
                digest = ofBase.findVirtual(base, "engineDigest", MethodType.methodType(byte[].class));
                copy = ofBase.findVirtual(base, "clone", MethodType.methodType(Object.class));
                words = ofSha2.findVarHandle(sha2, "state", int[].class);
                buffer = ofBase.findVarHandle(base, "buffer", byte[].class);
                offset = ofBase.findVarHandle(base, "bufOfs", int.class);
                count = ofBase.findVarHandle(base, "bytesProcessed", long.class);
                available = true;
            } catch (ReflectiveOperationException | RuntimeException e) {
                // Not opened to Cradle (or another JDK's insides): BouncyCastle's is used instead.
            }
            NEW = create;
            UPDATE = update;
            DIGEST = digest;
            CLONE = copy;
            WORDS = words;
            BUFFER = buffer;
            OFFSET = offset;
            COUNT = count;
            AVAILABLE = available && Jdk.selfTest();
        }

        private final Object spi;

        Jdk(State state) {
            try {
                spi = NEW.invoke();
                if (state != null) {
                    System.arraycopy(state.words(), 0, (int[]) WORDS.get(spi), 0, 8);
                    System.arraycopy(state.pending(), 0, (byte[]) BUFFER.get(spi), 0, state.pending().length);
                    OFFSET.set(spi, state.pending().length);
                    COUNT.set(spi, state.count());
                }
            } catch (Throwable e) {
                throw new IllegalStateException("the JDK's SHA-256 could not be made", e);
            }
        }

        /** The JDK's digest, its state saved and set again half-way, gives the known answer. */
        private static boolean selfTest() {
            try {
                byte[] data = new byte[1000];
                for (int i = 0; i < data.length; i++) {
                    data[i] = (byte) (i * 31);
                }
                Jdk first = new Jdk(null);
                first.update(ByteBuffer.wrap(data, 0, 517));
                Jdk second = new Jdk(State.decode(first.state()));
                second.update(ByteBuffer.wrap(data, 517, data.length - 517));
                return second.hex()
                        .equals(HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(data)));
            } catch (Throwable e) {
                return false;
            }
        }

        @Override
        void update(byte[] bytes, int offset, int length) {
            try {
                UPDATE.invoke(spi, bytes, offset, length);
            } catch (Throwable e) {
                throw new IllegalStateException("the JDK's SHA-256 failed", e);
            }
        }

        @Override
        public byte[] state() {
            int pending = (int) OFFSET.get(spi);
            return new State(
                            ((int[]) WORDS.get(spi)).clone(),
                            (long) COUNT.get(spi),
                            Arrays.copyOf((byte[]) BUFFER.get(spi), pending))
                    .encoded();
        }

        @Override
        public String hex() {
            try {
                // engineDigest resets: the running one carries on from a copy's answer.
                return HexFormat.of().formatHex((byte[]) DIGEST.invoke(CLONE.invoke(spi)));
            } catch (Throwable e) {
                throw new IllegalStateException("the JDK's SHA-256 failed", e);
            }
        }
    }

    /** BouncyCastle's SHA-256, whose state is its encoded state, read and written in the common form. */
    static final class Bc extends ArrayFed {

        private final SHA256Digest digest;

        Bc(SHA256Digest digest) {
            this.digest = digest;
        }

        /**
         * BouncyCastle's encoded state: the partial word's bytes (4), how many of them (int), the bytes
         * digested (long), the eight words, how many words of the block are waiting (int), those words,
         * and the digest's purpose (one byte).
         */
        static State state(SHA256Digest digest) {
            ByteBuffer in = ByteBuffer.wrap(digest.getEncodedState());
            byte[] partial = new byte[4];
            in.get(partial);
            int partialLength = in.getInt();
            long count = in.getLong();
            int[] words = new int[8];
            for (int i = 0; i < 8; i++) {
                words[i] = in.getInt();
            }
            int waiting = in.getInt();
            ByteBuffer pending = ByteBuffer.allocate(waiting * 4 + partialLength);
            for (int i = 0; i < waiting; i++) {
                pending.putInt(in.getInt());
            }
            pending.put(partial, 0, partialLength);
            return new State(words, count, pending.array());
        }

        static SHA256Digest digest(State state) {
            byte[] fresh = new SHA256Digest().getEncodedState();
            int waiting = state.pending().length / 4;
            int partialLength = state.pending().length % 4;
            ByteBuffer out = ByteBuffer.allocate(52 + waiting * 4 + 1);
            out.put(state.pending(), waiting * 4, partialLength);
            out.position(4);
            out.putInt(partialLength).putLong(state.count());
            for (int word : state.words()) {
                out.putInt(word);
            }
            out.putInt(waiting);
            out.put(state.pending(), 0, waiting * 4);
            out.put(fresh[fresh.length - 1]);
            return new SHA256Digest(out.array());
        }

        @Override
        void update(byte[] bytes, int offset, int length) {
            digest.update(bytes, offset, length);
        }

        @Override
        public byte[] state() {
            return state(digest).encoded();
        }

        @Override
        public String hex() {
            SHA256Digest copy = new SHA256Digest(digest); // doFinal resets; the running one carries on
            byte[] value = new byte[copy.getDigestSize()];
            copy.doFinal(value, 0);
            return HexFormat.of().formatHex(value);
        }
    }
}
