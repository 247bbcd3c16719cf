package org.cradle.adapters.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.cradle.application.video.VideoCipher.RunningDigest;
import org.junit.jupiter.api.Test;

/** A video's SHA-256 across requests: either implementation carries on from a state the other saved. */
class Sha256Test {

    private static final byte[] DATA = new byte[3 * 1024 * 1024 + 77];

    static {
        new Random(7).nextBytes(DATA);
    }

    private static String expected() throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(DATA));
    }

    private static void feed(RunningDigest digest, int from, int to, boolean direct) {
        ByteBuffer bytes = direct ? ByteBuffer.allocateDirect(to - from) : ByteBuffer.allocate(to - from);
        bytes.put(DATA, from, to - from).flip();
        digest.update(bytes);
    }

    @Test
    void the_jdk_s_digest_is_in_use_where_the_build_opens_it_as_the_packaged_service_does() {
        assertThat(Sha256.FAST).isTrue();
        assertThat(Sha256.start()).isInstanceOf(Sha256.Jdk.class);
    }

    @Test
    void each_implementation_carries_on_from_a_state_the_other_saved_at_any_point_of_a_block() throws Exception {
        for (int cut : new int[] {0, 1, 63, 64, 65, 517, 1024 * 1024, DATA.length - 1}) {
            RunningDigest jdk = new Sha256.Jdk(null);
            feed(jdk, 0, cut, true);
            RunningDigest bc = new Sha256.Bc(Sha256.Bc.digest(Sha256.State.decode(jdk.state())));
            feed(bc, cut, DATA.length, false);
            assertThat(bc.hex()).as("JDK then BouncyCastle, cut at %d", cut).isEqualTo(expected());

            RunningDigest first = new Sha256.Bc(new SHA256Digest());
            feed(first, 0, cut, false);
            RunningDigest second = new Sha256.Jdk(Sha256.State.decode(first.state()));
            feed(second, cut, DATA.length, true);
            assertThat(second.hex()).as("BouncyCastle then JDK, cut at %d", cut).isEqualTo(expected());
        }
    }

    @Test
    void a_state_bouncycastle_saved_itself_before_the_common_form_is_still_carried_on() throws Exception {
        SHA256Digest legacy = new SHA256Digest();
        legacy.update(DATA, 0, 1000);

        RunningDigest restored = Sha256.restore(legacy.getEncodedState());
        feed(restored, 1000, DATA.length, false);

        assertThat(restored.hex()).isEqualTo(expected());
    }

    @Test
    void the_answer_so_far_leaves_the_running_digest_as_it_was() throws Exception {
        RunningDigest digest = Sha256.start();
        feed(digest, 0, 100, false);
        String early = digest.hex();
        feed(digest, 100, DATA.length, false);

        assertThat(early)
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(java.util.Arrays.copyOf(DATA, 100))));
        assertThat(digest.hex()).isEqualTo(expected());
    }
}
