package org.cradle.domain.retention;

import java.time.LocalDate;
import java.util.List;

/**
 * The default schedule's rules as the migrations ship them (V22, and V34 for recordings of the formal record), for tests that read like the worked
 * examples; {@code RetentionApiTest} checks the same examples against the schedule in the database.
 */
final class Schedules {

    private Schedules() {}

    static RetentionRule rule(String id, String formula, EndAction endAction, boolean configurable) {
        return new RetentionRule(
                new RuleId(id),
                1,
                id + " records",
                DateFormula.parse(formula),
                endAction,
                "the schedule's source",
                Confidence.SECONDARY,
                LocalDate.of(2026, 1, 1),
                configurable);
    }

    static List<RetentionRule> defaults() {
        return List.of(
                rule(
                        "NHS-CHILD",
                        "if(ageAtEnd >= 18, max(DOB+25y, END+8y), if(ageAtEnd = 17, DOB+26y, DOB+25y))",
                        EndAction.REVIEW,
                        false),
                rule("NHS-MH", "if(closedByDeath, DOD+10y, END+20y)", EndAction.REVIEW, false),
                rule("NHS-CAMHS", "max(rule(NHS-CHILD), rule(NHS-MH))", EndAction.REVIEW, false),
                rule("NHS-MATERNITY", "END+25y", EndAction.REVIEW, false),
                rule("NHS-ADULT", "END+8y", EndAction.REVIEW, false),
                rule("NHS-GP-DECEASED", "DOD+10y", EndAction.REVIEW, false),
                rule(
                        "NHS-RECORDING",
                        "if(formalRecord, HOST, if(summarised, SUMMARISED+1m, HOST))",
                        EndAction.DESTROY,
                        true),
                rule("NHS-DEATH-CHILD", "DOD+8y", EndAction.REVIEW, false),
                rule("LA-LAC", "if(diedBeforeAge 18, DOD+15y, DOB+75y)", EndAction.REVIEW, false),
                rule("LA-LAC-SCOT", "if(diedBeforeAge 18, DOD+25y, DOB+100y)", EndAction.REVIEW, false),
                rule("LA-ADOPTION", "ORDER+100y", EndAction.REVIEW, false),
                rule("LA-CP", "END+35y", EndAction.REVIEW, false),
                rule("LA-EARLY-HELP", "max(DOB+21y, END+3y)", EndAction.REVIEW, true),
                rule(
                        "LA-ALLEGATION",
                        "if(malicious, CONCLUDED, max(DOB+65y, CONCLUDED+10y))",
                        EndAction.DESTROY,
                        false),
                rule("NSPCC-CP", "DOB+25y", EndAction.REVIEW, false),
                rule("NSPCC-ALLEGATION", "rule(LA-ALLEGATION)", EndAction.DESTROY, false));
    }
}
