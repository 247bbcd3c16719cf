package org.cradle.bootstrap.ratelimit;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.cradle.application.ratelimit.RateLimitPolicies;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.ratelimit.OperationClass;
import org.cradle.domain.ratelimit.RateLimitPolicy;
import org.eclipse.microprofile.config.Config;

/**
 * The rate limits in force (ADR 24), from {@code cradle.rate-limit.enabled} and, for each class of
 * operation, {@code cradle.rate-limit.<reads|writes|exports|ingest>.limit} and {@code .window}. Made at
 * start ({@code @Startup}), so that a limit below one or a window that is not whole seconds up to a day
 * stops the start, naming the setting, instead of failing the first request.
 */
@ApplicationScoped
public class RateLimitPoliciesProducer {

    static final String PREFIX = "cradle.rate-limit.";

    /** The shipped limits: what one person or one system needs, far below what would exhaust the service. */
    static final Map<OperationClass, RateLimitPolicy> DEFAULTS = Map.of(
            OperationClass.READ, new RateLimitPolicy(OperationClass.READ, 600, Duration.ofMinutes(1)),
            OperationClass.WRITE, new RateLimitPolicy(OperationClass.WRITE, 120, Duration.ofMinutes(1)),
            OperationClass.EXPORT, new RateLimitPolicy(OperationClass.EXPORT, 60, Duration.ofHours(1)),
            OperationClass.INGEST, new RateLimitPolicy(OperationClass.INGEST, 1200, Duration.ofMinutes(1)));

    @Produces
    @Singleton
    @Startup
    RateLimitPolicies rateLimitPolicies(Config config) {
        boolean enabled =
                config.getOptionalValue(PREFIX + "enabled", Boolean.class).orElse(true);
        Map<OperationClass, RateLimitPolicy> byClass = new EnumMap<>(OperationClass.class);
        for (OperationClass operationClass : OperationClass.values()) {
            String name = PREFIX + operationClass.policyName();
            RateLimitPolicy shipped = DEFAULTS.get(operationClass);
            try {
                byClass.put(
                        operationClass,
                        new RateLimitPolicy(
                                operationClass,
                                config.getOptionalValue(name + ".limit", Long.class)
                                        .orElse(shipped.limit()),
                                config.getOptionalValue(name + ".window", Duration.class)
                                        .orElse(shipped.window())));
            } catch (InvalidValueException e) {
                throw new IllegalArgumentException(PREFIX + e.field() + ": " + e.getMessage(), e);
            }
        }
        return new RateLimitPolicies(enabled, byClass);
    }
}
