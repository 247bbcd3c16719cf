package org.cradle.domain.subjectaccess;

/** Why an item of a subject-access package is withheld until a records officer has reviewed it. */
public enum RedactionReason {
    /**
     * Third-party information: the item is about, or names, someone other than the person and the one
     * asking for them. It may be disclosed after all, with a reason: the third party agreed, or it is
     * reasonable to disclose without their agreement.
     */
    THIRD_PARTY,
    /**
     * The consent of someone the item is about, or names, excludes the one asking from anything about
     * them. Binding, whatever the reason to disclose: it is only ever confirmed.
     */
    EXCLUDED_BY_CONSENT;

    /**
     * What a withheld item's marker says in the released package: the same for every reason, since
     * saying that someone's consent excludes the requester would tell them what the exclusion hides.
     */
    public static final String MARKER = "Withheld: information about another person.";

    /** Whether a records officer may decide to disclose the item after all. */
    public boolean mayBeDisclosed() {
        return this == THIRD_PARTY;
    }
}
