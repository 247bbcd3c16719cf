package org.cradle.domain.audit;

/** What was done to a record. Reads are actions too: "who saw my record" is answered from these. */
public enum AuditAction {
    FAMILY_CREATED,
    FAMILY_READ,
    FAMILY_FOUND_IN_SEARCH,
    FAMILY_DETAILS_REVISED,
    MEMBER_ADDED,
    MEMBERSHIP_CHANGED,
    PERSON_REGISTERED,
    PERSON_READ,
    PERSON_DETAILS_CORRECTED,
    EPISODE_OPENED,
    EPISODE_READ,
    EPISODE_CLOSED,
    EPISODE_REOPENED,
    /** A recorded close corrected after the fact: the day the work stopped, or an allegation's outcome. */
    EPISODE_CLOSURE_CORRECTED,
    CONSENT_GIVEN,
    CONSENT_REFUSED,
    CONSENT_REVIEWED,
    CONSENT_WITHDRAWN,
    CONSENT_READ,
    CONSENT_RECEIPT_ISSUED,
    CONSENT_COVERAGE_CHECKED,
    CONFIDENTIALITY_NOTICE_RECORDED,
    CONFIDENTIALITY_NOTICE_READ,
    /** A refused attempt: a 403, or the 404 that hides a record. Committed even though the request rolls back. */
    ACCESS_DENIED,
    TEAM_MEMBER_JOINED,
    TEAM_MEMBER_LEFT,
    TEAM_READ,
    ACCESS_LOG_READ,
    CASE_NOTE_WRITTEN,
    CASE_NOTE_CORRECTED,
    CASE_NOTE_READ,
    REFERRAL_MADE,
    REFERRAL_READ,
    REFERRAL_ACCEPTED,
    REFERRAL_DECLINED,
    REFERRAL_REQUESTED,
    REFERRAL_REQUEST_READ,
    REFERRAL_REQUEST_REFUSED,
    BREAK_GLASS_GRANTED,
    /** A reviewer read a break-glass access (its reason, who, when): it holds no family content. */
    BREAK_GLASS_READ,
    BREAK_GLASS_REVIEWED,
    SHARE_PROPOSED,
    SHARING_DECIDED,
    SHARING_DECISION_READ,
    DISCLOSURE_LOG_READ,
    SUBJECT_TOLD,
    /** A subject-access export prepared: about the person, and about each third party an item names. */
    SUBJECT_ACCESS_EXPORT_PREPARED,
    /** An export's state and redactions read: metadata only. */
    SUBJECT_ACCESS_EXPORT_READ,
    SUBJECT_ACCESS_REDACTION_CONFIRMED,
    /** A redacted item disclosed after all: about the person, and about each third party it names. */
    SUBJECT_ACCESS_REDACTION_DISCLOSED,
    SUBJECT_ACCESS_EXPORT_RELEASED,
    /** The released package downloaded, as JSON or as the printable page. */
    SUBJECT_ACCESS_PACKAGE_READ,
    /** A record's review date and why read: the dates of birth and death of each person it is about. */
    RETENTION_READ,
    /** A legal hold placed on a family, a person or an episode (or on records created before a date). */
    LEGAL_HOLD_PLACED,
    LEGAL_HOLD_RELEASED,
    /** A hold's end corrected after the fact: the day it really ended. */
    LEGAL_HOLD_CORRECTED,
    /** A records officer's decision on a due record: destroy, extend or keep. */
    RETENTION_DECIDED,
    RETENTION_DESTRUCTION_APPROVED,
    /** The retention sweeper destroyed a record and what hung from it, leaving tombstones and a certificate. */
    RETENTION_RECORD_DESTROYED,
    /** An upload of a session video created: its metadata, before any byte. */
    VIDEO_UPLOAD_CREATED,
    /** Bytes of a video received, by one request of a resumable upload. */
    VIDEO_BYTES_RECEIVED,
    /** An upload ended by its uploader before it was complete: nothing of it is kept. */
    VIDEO_UPLOAD_TERMINATED,
    /** A video's metadata read (who appears, when, its ownership): not its picture. */
    VIDEO_READ,
    /** A video played, once per playback session, with the use it was played for. */
    VIDEO_PLAYED,
    VIDEO_OWNERSHIP_DECIDED,
    /** A summary of the video written into the record: its retention clock starts. */
    VIDEO_SUMMARY_RECORDED,
    /** The one copy for the parent downloaded: the video given back. */
    VIDEO_RETURNED_TO_PARENT,
    /** A video deleted at the parent's request or after its return, by crypto-shredding. */
    VIDEO_DELETED,
    /** A video's stored bytes read through and checked against the digest taken on the way in. */
    VIDEO_INTEGRITY_CHECKED,
    /** An upload abandoned, its time run out: nothing of it is kept. */
    VIDEO_UPLOAD_EXPIRED
}
