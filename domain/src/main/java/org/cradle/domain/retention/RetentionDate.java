package org.cradle.domain.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cradle.domain.person.PersonId;

/**
 * A record's review date with how it was reached: every rule applied, for whom, on which inputs, and
 * which one decided. Kept with the record so that the review queue, the sweeper and the destruction
 * certificate all say the same why.
 *
 * @param status whether there is a date, and if not, why not
 * @param reviewOn the date, when {@link Status#DATED}
 * @param endAction what its deciding rule says happens then
 * @param automaticDestruction whether the organisation destroys records due under that rule without review
 */
public record RetentionDate(
        Status status,
        Optional<LocalDate> reviewOn,
        EndAction endAction,
        boolean automaticDestruction,
        List<Application> applications,
        String explanation) {

    public enum Status {
        /** Dated: the latest of its rules' dates. */
        DATED,
        /** Still operational (its episode is open): no date runs yet. */
        OPEN,
        /** A rule needs an input nobody recorded (a date of birth): no date until it is. */
        INCOMPLETE,
        /** The organisation's sector is not recorded, so no rule can be chosen. */
        UNCLASSIFIED
    }

    /**
     * One rule applied for one person.
     *
     * @param settingVersion the version of the organisation's setting in force, or null for the schedule's own
     * @param decides whether this application gave the record's date
     */
    public record Application(
            RuleId rule,
            int ruleVersion,
            Integer settingVersion,
            String formula,
            PersonId person,
            Evaluation evaluation,
            boolean decides) {}

    public RetentionDate {
        applications = List.copyOf(applications);
        if ((status == Status.DATED) != reviewOn.isPresent()) {
            throw new IllegalArgumentException("a date exactly when dated");
        }
    }

    static RetentionDate undated(Status status, List<Application> applications, String explanation) {
        return new RetentionDate(status, Optional.empty(), EndAction.REVIEW, false, applications, explanation);
    }
}
