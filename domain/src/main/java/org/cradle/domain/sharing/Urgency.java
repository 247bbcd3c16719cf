package org.cradle.domain.sharing;

/** How soon the information had to go. */
public enum Urgency {
    ROUTINE,
    URGENT,
    /** Safeguarding was paramount: shared at once, the record made as soon as possible. */
    IMMEDIATE
}
