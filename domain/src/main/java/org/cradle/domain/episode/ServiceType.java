package org.cradle.domain.episode;

/**
 * The kind of work an episode is. It decides, later, which retention rules apply to the episode's
 * records (an Early Help plan and a child protection plan are kept for very different periods).
 */
public enum ServiceType {
    PARENT_INFANT_MENTAL_HEALTH,
    PERINATAL_MENTAL_HEALTH,
    HEALTH_VISITING,
    MIDWIFERY,
    EARLY_HELP,
    CHILDRENS_CENTRE,
    CHILD_PROTECTION,
    LOOKED_AFTER_CHILD,
    /**
     * An allegation or concern about an adult who works with children (the LADO process): a record about
     * the adult, kept by the allegation rules, which end in destruction.
     */
    ALLEGATION
}
