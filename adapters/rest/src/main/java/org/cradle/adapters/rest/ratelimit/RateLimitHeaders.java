package org.cradle.adapters.rest.ratelimit;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.cradle.domain.ratelimit.RateLimitDecision;
import org.cradle.domain.ratelimit.RateLimitPolicy;

/**
 * The rate-limit headers of the IETF draft (draft-ietf-httpapi-ratelimit-headers), as structured
 * fields: {@code RateLimit-Policy: "reads";q=600;w=60} (the quota and its window in seconds) and
 * {@code RateLimit: "reads";r=42;t=17} (what is left, and the seconds until the window ends). A refusal
 * adds {@code Retry-After}, in seconds.
 */
public final class RateLimitHeaders {

    public static final String POLICY = "RateLimit-Policy";
    public static final String STATE = "RateLimit";

    /** The form of {@link #POLICY}: the policy's name, its quota and its window in seconds. */
    public static final String POLICY_FORM = "^\"[a-z]+\";q=[0-9]+;w=[0-9]+$";

    /** The form of {@link #STATE}: the policy's name, what is left, seconds to the window's end. */
    public static final String STATE_FORM = "^\"[a-z]+\";r=[0-9]+;t=[0-9]+$";

    /**
     * The longest either header can be: a policy name of at most 7 letters in quotes, two parameters of
     * at most 19 digits (a long) each, and their separators.
     */
    public static final int MAX_LENGTH = 2 + 7 + 2 * (3 + 19);

    private RateLimitHeaders() {}

    /** {@code "reads";q=600;w=60} */
    public static String policy(RateLimitPolicy policy) {
        return "\"" + policy.operationClass().policyName() + "\";q=" + policy.limit() + ";w="
                + policy.window().getSeconds();
    }

    /** {@code "reads";r=42;t=17} */
    public static String state(RateLimitDecision decision) {
        return "\"" + decision.policy().operationClass().policyName() + "\";r=" + decision.remaining() + ";t="
                + decision.secondsToReset();
    }

    /** On an answer the limit let through. */
    static void addTo(MultivaluedMap<String, Object> headers, RateLimitDecision decision) {
        headers.putSingle(POLICY, policy(decision.policy()));
        headers.putSingle(STATE, state(decision));
    }

    /** On a refusal: the headers of every limited answer, and when to try again. */
    public static Response refusal(Response problem, RateLimitDecision decision) {
        return Response.fromResponse(problem)
                .header(POLICY, policy(decision.policy()))
                .header(STATE, state(decision))
                .header(HttpHeaders.RETRY_AFTER, decision.retryAfterSeconds())
                .build();
    }
}
