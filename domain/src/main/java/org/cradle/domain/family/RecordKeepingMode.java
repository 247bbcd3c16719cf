package org.cradle.domain.family;

/**
 * Whose name the family's records are held under. Services differ (seed 000: "who is the client?"):
 * records in the infant's name follow the child through care and give them their history as an
 * adult; records in the parent's name follow one parent across several children; linked records do
 * both. The family's choice decides, later, where notes land and whose retention rules apply.
 */
public enum RecordKeepingMode {
    /** Records are held in the infant's name. */
    INFANT,
    /** Records are held in the parent's name. */
    PARENT,
    /** Records are held for infant and parent, linked. */
    LINKED
}
