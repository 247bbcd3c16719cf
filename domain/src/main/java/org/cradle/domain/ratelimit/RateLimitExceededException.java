package org.cradle.domain.ratelimit;

import org.cradle.domain.DomainException;

/** A client has made as many requests of a class as its limit allows in the current window. */
public final class RateLimitExceededException extends DomainException {

    private final transient RateLimitDecision decision;

    public RateLimitExceededException(RateLimitDecision decision) {
        super(
                "rate-limited",
                "This client has made its " + decision.policy().limit() + " "
                        + decision.policy().operationClass().policyName() + " allowed in "
                        + decision.policy().window().getSeconds() + " seconds; try again in "
                        + decision.retryAfterSeconds() + " seconds.");
        this.decision = decision;
    }

    /** The refusal, with the policy and when the window ends. */
    public RateLimitDecision decision() {
        return decision;
    }
}
