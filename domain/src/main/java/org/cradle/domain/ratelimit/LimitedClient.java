package org.cradle.domain.ratelimit;

import org.cradle.domain.actor.Actor;

/**
 * Whom a rate limit counts: one caller, whichever instance or token it comes with. A practitioner is
 * counted by the token's subject (every session and device of one person together), an integration
 * client by its client id ({@code azp}: every token the system obtains, and every service account it
 * uses, together). The kind is part of the key, so a person whose subject reads like a client id is
 * still counted apart from that client.
 */
public record LimitedClient(String key) {

    /** The longest key: the kind's name and a subject of at most 255 characters. */
    static final int LONGEST_KEY = 300;

    public LimitedClient {
        if (key == null || key.isBlank() || key.length() > LONGEST_KEY) {
            throw new IllegalArgumentException("A limited client's key is 1 to " + LONGEST_KEY + " characters");
        }
    }

    /** The client an actor is counted as: its kind and its subject (the token subject, or the client id). */
    public static LimitedClient of(Actor actor) {
        return new LimitedClient(actor.kind().name() + ":" + actor.subject());
    }
}
