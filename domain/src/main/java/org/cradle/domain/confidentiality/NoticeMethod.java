package org.cradle.domain.confidentiality;

/** How an adult was told what stays confidential and its limits. */
public enum NoticeMethod {
    /** Given a written notice (a leaflet, a letter, the service agreement). */
    WRITTEN,
    /** Told in conversation. */
    VERBAL,
    /** Both told and given it in writing. */
    WRITTEN_AND_VERBAL
}
