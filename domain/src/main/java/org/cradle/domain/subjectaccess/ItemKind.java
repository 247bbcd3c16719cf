package org.cradle.domain.subjectaccess;

/** The kinds of item a subject-access package holds, in the order the package shows them. */
public enum ItemKind {
    /** The person's details: name, dates, NHS number. */
    PERSON_DETAILS("Details"),
    /** The person's place in one family. */
    FAMILY_MEMBERSHIP("Family memberships"),
    /** An episode of work with one of the person's families. */
    EPISODE("Episodes"),
    /** One version of a case note about or naming the person. */
    CASE_NOTE("Case notes"),
    /** One version of a consent about the person. */
    CONSENT("Consents"),
    /** A confidentiality notice given to the person. */
    CONFIDENTIALITY_NOTICE("Confidentiality notices"),
    /** A decision to share, or not to share, information about the person: the disclosure log. */
    DISCLOSURE("Disclosure log"),
    /** One access to the person's information: who saw it, when, on which ground. */
    ACCESS("Who saw the record");

    /** The longest heading. */
    public static final int MAX_TITLE_LENGTH = 100;

    private final String title;

    ItemKind(String title) {
        this.title = title;
    }

    /** The heading of the package's section of this kind. */
    public String title() {
        return title;
    }
}
