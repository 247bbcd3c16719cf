package org.cradle.domain.organisation;

/**
 * Which part of the system an organisation belongs to: it decides which retention schedule its records
 * fall under (a child protection record is kept 35 years after closure by a local authority, until the
 * child is 25 by a voluntary organisation).
 */
public enum Sector {
    /** The NHS and those keeping health records under its code of practice. */
    HEALTH,
    /** A local authority's children's services, early help and children's centres. */
    LOCAL_AUTHORITY,
    /** A voluntary or community organisation, keeping records under the NSPCC's guidance. */
    VOLUNTARY
}
