package org.cradle.domain.family;

/** The part a person plays in one family. The same person may play another part in another family. */
public enum FamilyRole {
    /** An infant or child of the family. */
    CHILD,
    MOTHER,
    FATHER,
    CARER,
    /** Any other relative, such as a grandparent. */
    OTHER
}
