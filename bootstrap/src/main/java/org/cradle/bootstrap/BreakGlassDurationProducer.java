package org.cradle.bootstrap;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.cradle.domain.breakglass.BreakGlassDuration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long the organisation's break-glass accesses last. Made at start ({@code @Startup}), so that a
 * zero, negative or longer-than-a-week setting stops the start, naming the setting, instead of failing
 * the first break-glass or opening families for longer than meant.
 */
@ApplicationScoped
public class BreakGlassDurationProducer {

    @Produces
    @Singleton
    @Startup
    BreakGlassDuration breakGlassDuration(
            @ConfigProperty(name = "cradle.access.break-glass-duration", defaultValue = "PT24H") Duration duration) {
        return new BreakGlassDuration(duration);
    }
}
