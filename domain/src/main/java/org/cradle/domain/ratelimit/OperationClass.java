package org.cradle.domain.ratelimit;

/**
 * What kind of work a request asks of Cradle, as rate limits see it. Each class has its own limit, so
 * that a client reading quickly does not use up what it may write, and the heaviest work has the
 * tightest limit (ADR 24).
 */
public enum OperationClass {
    /** Reading records: a safe method (GET, HEAD, OPTIONS). */
    READ("reads"),
    /** Changing records: any other method. */
    WRITE("writes"),
    /** Packaging many records for download at once: subject-access exports and other bulk downloads. */
    EXPORT("exports"),
    /** Another system sending records in bulk: integration ingest and bulk transfers. */
    INGEST("ingest");

    private final String policyName;

    OperationClass(String policyName) {
        this.policyName = policyName;
    }

    /**
     * The class's name where callers and operators see it: the policy in the {@code RateLimit} and
     * {@code RateLimit-Policy} headers, and the settings {@code cradle.rate-limit.<name>.*}.
     */
    public String policyName() {
        return policyName;
    }
}
