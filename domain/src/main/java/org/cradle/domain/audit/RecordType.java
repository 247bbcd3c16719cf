package org.cradle.domain.audit;

/** The kinds of record an audit event can name. */
public enum RecordType {
    FAMILY,
    PERSON,
    EPISODE,
    CONSENT,
    CONFIDENTIALITY_NOTICE,
    CASE_NOTE,
    REFERRAL,
    REFERRAL_REQUEST,
    BREAK_GLASS_ACCESS,
    SHARING_DECISION,
    SUBJECT_ACCESS_EXPORT,
    LEGAL_HOLD,
    RETENTION_DECISION,
    RETENTION_CERTIFICATE,
    VIDEO,
    /** An operation refused before any record was named. */
    OPERATION
}
