package org.cradle.domain.chain;

/** The kinds of record the chain seals. */
public enum ChainedKind {
    AUDIT_EVENT,
    SHARING_DECISION
}
