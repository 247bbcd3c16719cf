package org.cradle.application.ratelimit;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.cradle.domain.ratelimit.OperationClass;
import org.cradle.domain.ratelimit.RateLimitPolicy;

/**
 * The limits in force: one policy per class of operation, and whether Cradle limits at all. Switched
 * off ({@code cradle.rate-limit.enabled=false}) when a gateway in front of every instance limits
 * instead: nothing is then counted and no rate-limit header is sent.
 */
public record RateLimitPolicies(boolean enabled, Map<OperationClass, RateLimitPolicy> byClass) {

    public RateLimitPolicies {
        EnumMap<OperationClass, RateLimitPolicy> copy = new EnumMap<>(OperationClass.class);
        for (OperationClass operationClass : OperationClass.values()) {
            RateLimitPolicy policy = byClass == null ? null : byClass.get(operationClass);
            if (policy == null || policy.operationClass() != operationClass) {
                throw new IllegalArgumentException("No rate-limit policy for " + operationClass.policyName());
            }
            copy.put(operationClass, policy);
        }
        byClass = Collections.unmodifiableMap(copy);
    }

    public RateLimitPolicy of(OperationClass operationClass) {
        return byClass.get(operationClass);
    }
}
