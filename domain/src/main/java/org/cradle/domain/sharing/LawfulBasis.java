package org.cradle.domain.sharing;

/**
 * The reasons the procedure accepts for sharing without consent (seed 003: "sharing without consent",
 * the public-interest criteria). Each still needs a written rationale, a proportionality statement and
 * a decider with safeguarding competence.
 */
public enum LawfulBasis {
    /** A child is suffering, or likely to suffer, significant harm. */
    SIGNIFICANT_HARM_TO_A_CHILD,
    /** An adult is at risk of serious harm. */
    SERIOUS_HARM_TO_AN_ADULT,
    /** To protect the vital interests of the person, who cannot consent. */
    VITAL_INTERESTS,
    /** To carry out a public function or a statutory duty. */
    PUBLIC_FUNCTION_OR_STATUTORY_DUTY,
    /** A court has ordered it. */
    COURT_ORDER,
    /** To prevent or detect crime, or apprehend offenders. */
    PREVENTION_OR_DETECTION_OF_CRIME
}
