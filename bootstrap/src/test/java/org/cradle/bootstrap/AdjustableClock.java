package org.cradle.bootstrap;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The clock of every {@code @QuarkusTest}: the system clock in Cradle's time zone, plus an offset that
 * a test may advance to see what happens later (a break-glass access expiring after a day) without
 * waiting. Being an enabled alternative ({@code @Alternative @Priority(1)}) in the test sources, it
 * replaces {@link ClockProducer}'s clock wherever the application injects a {@link Clock} (Access,
 * the relationships' SQL, the use cases, the token check), for the whole test run.
 *
 * <p>The offset is shared by every test of the run: a test that advances it must {@link #reset()} it
 * in a {@code finally} block or an {@code @AfterEach}, so that the next test starts at the real time.
 * Tokens are still checked for expiry by the OIDC library against the real time; moving the clock
 * forward never makes one look issued in the future.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class AdjustableClock extends Clock {

    private final ZoneId zone;
    private volatile Duration offset = Duration.ZERO;

    public AdjustableClock() {
        this.zone = ZoneId.of(ConfigProvider.getConfig()
                .getOptionalValue("cradle.time-zone", String.class)
                .orElse("Europe/London"));
    }

    /** Moves the clock forward by {@code by}, from where it is. */
    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** Back to the real time. */
    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.offset(Clock.system(other), offset);
    }
}
