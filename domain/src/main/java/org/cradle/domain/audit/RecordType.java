package org.cradle.domain.audit;

/** The kinds of record an audit event can name. */
public enum RecordType {
    FAMILY,
    PERSON,
    EPISODE,
    CONSENT,
    CONFIDENTIALITY_NOTICE
}
