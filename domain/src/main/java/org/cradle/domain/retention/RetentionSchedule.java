package org.cradle.domain.retention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.retention.RetentionDate.Application;
import org.cradle.domain.retention.RetentionDate.Status;

/**
 * The rules as one organisation has them: the schedule's latest version of each rule, with the
 * organisation's latest setting for it. Computes a record's review date as the latest date of every rule
 * it carries, for every person it is about (precedence 1 of the schedule); holds (precedence 2) are
 * applied by whoever acts on the date, not here.
 */
public final class RetentionSchedule {

    /** A rule as the organisation has it. */
    public record InForce(RetentionRule rule, Optional<RuleSetting> setting) {

        public DateFormula formula() {
            return setting.map(RuleSetting::formula).filter(f -> f != null).orElse(rule.formula());
        }

        public boolean automaticDestruction() {
            return setting.map(RuleSetting::automaticDestruction).orElse(false);
        }

        public Integer settingVersion() {
            return setting.map(RuleSetting::version).orElse(null);
        }
    }

    private final Map<RuleId, InForce> rules;

    private RetentionSchedule(Map<RuleId, InForce> rules) {
        this.rules = rules;
    }

    /**
     * The schedule from every version of the rules and of the organisation's settings: for each rule the
     * latest version that has taken effect by {@code day}, and the organisation's latest setting.
     * Refuses a schedule whose formulas refer to a rule it lacks, or to one another in a circle.
     */
    public static RetentionSchedule of(
            Collection<RetentionRule> versions, Collection<RuleSetting> settings, LocalDate day) {
        Map<RuleId, RetentionRule> latest = new LinkedHashMap<>();
        versions.stream()
                .filter(rule -> !rule.effectiveFrom().isAfter(day))
                .sorted(Comparator.comparing((RetentionRule r) -> r.id().value())
                        .thenComparingInt(RetentionRule::version))
                .forEach(rule -> latest.put(rule.id(), rule));
        Map<RuleId, RuleSetting> latestSetting = settings.stream()
                .collect(Collectors.toMap(RuleSetting::rule, s -> s, (a, b) -> a.version() >= b.version() ? a : b));
        Map<RuleId, InForce> inForce = new LinkedHashMap<>();
        latest.forEach((id, rule) -> inForce.put(id, new InForce(rule, Optional.ofNullable(latestSetting.get(id)))));
        RetentionSchedule schedule = new RetentionSchedule(inForce);
        inForce.keySet().forEach(id -> schedule.checkReferences(id, new ArrayList<>()));
        return schedule;
    }

    /** The schedule with one setting replaced: what a change would make of it, to check before keeping it. */
    public RetentionSchedule with(RuleSetting setting) {
        Map<RuleId, InForce> changed = new LinkedHashMap<>(rules);
        InForce current = rules.get(setting.rule());
        changed.put(setting.rule(), new InForce(current.rule(), Optional.of(setting)));
        RetentionSchedule schedule = new RetentionSchedule(changed);
        schedule.checkReferences(setting.rule(), new ArrayList<>());
        return schedule;
    }

    public Optional<InForce> rule(RuleId id) {
        return Optional.ofNullable(rules.get(id));
    }

    public Collection<InForce> rules() {
        return rules.values();
    }

    private void checkReferences(RuleId id, List<RuleId> path) {
        if (path.contains(id)) {
            throw new RuleViolationException(
                    "formula", "circular-rules", "The formulas refer to one another in a circle: " + path + ".");
        }
        InForce rule = rules.get(id);
        if (rule == null) {
            throw new RuleViolationException(
                    "formula", "unknown-rule", "The formula refers to " + id + ", which the schedule does not have.");
        }
        path.add(id);
        for (RuleId referred : rule.formula().references()) {
            checkReferences(referred, path);
        }
        path.remove(path.size() - 1);
    }

    /** The record's review date, with every rule applied and why. */
    public RetentionDate dateOf(RetainedRecord record) {
        if (record.end() == null) {
            return RetentionDate.undated(
                    Status.OPEN, List.of(), "The record is still open: no date runs until it closes.");
        }
        if (record.sector() == null) {
            return RetentionDate.undated(
                    Status.UNCLASSIFIED,
                    List.of(),
                    "The sector of " + record.organisation() + " is not recorded, so no rule of the schedule"
                            + " can be chosen: an administrator records it in the directory of organisations.");
        }
        List<Application> applications = new ArrayList<>();
        List<Application> earlyReviews = new ArrayList<>();
        Set<Anchor> missing = new HashSet<>();
        Application deciding = null;
        for (RetainedRecord.Subject subject : record.subjects()) {
            RetentionInputs inputs = inputsFor(record, subject);
            Boolean child = subject.childOn(record.end());
            if (subject.dateOfDeath() != null) {
                for (RuleId id : RecordClasses.earlyReviewsFor(record.sector(), record.serviceType(), child)) {
                    earlyReviews.add(apply(id, subject, inputs));
                }
            }
            for (RuleId id : RecordClasses.rulesFor(record.sector(), record.serviceType(), child)) {
                Application application = apply(id, subject, inputs);
                Evaluation evaluation = application.evaluation();
                applications.add(application);
                missing.addAll(evaluation.missing());
                if (evaluation.date().isPresent()
                        && (deciding == null
                                || evaluation
                                        .date()
                                        .get()
                                        .isAfter(deciding.evaluation().date().get()))) {
                    deciding = application;
                }
            }
        }
        if (!missing.isEmpty()) {
            return RetentionDate.undated(
                    Status.INCOMPLETE,
                    applications,
                    "Not dated until these are recorded: "
                            + missing.stream().sorted().toList() + ".");
        }
        if (deciding == null) {
            return RetentionDate.undated(
                    Status.INCOMPLETE, applications, "No rule of the schedule applies to anyone this record is about.");
        }
        Application decides = deciding;
        List<Application> marked = applications.stream()
                .map(a -> a == decides
                        ? new Application(
                                a.rule(),
                                a.ruleVersion(),
                                a.settingVersion(),
                                a.formula(),
                                a.person(),
                                a.evaluation(),
                                true)
                        : a)
                .toList();
        InForce rule = rules.get(decides.rule());
        LocalDate date = decides.evaluation().date().get();
        // An early review on or after the record's own date asks nothing more of anyone.
        List<Application> early = earlyReviews.stream()
                .filter(review ->
                        review.evaluation().date().filter(date::isAfter).isPresent())
                .sorted(Comparator.comparing(
                        review -> review.evaluation().date().get()))
                .toList();
        return new RetentionDate(
                Status.DATED,
                Optional.of(date),
                rule.rule().endAction(),
                rule.rule().endAction() == EndAction.DESTROY && rule.automaticDestruction(),
                marked,
                "Review on " + date + ": the latest of " + applications.size() + " rule dates, given by "
                        + decides.rule() + " (" + decides.formula() + ") for person " + decides.person() + "."
                        + finding(record) + earlyReviewsExplained(early),
                List.of(),
                early);
    }

    /**
     * A recording's date by {@code NHS-RECORDING}, given the date of the record it belongs to: once an
     * accurate summary is in that record, the organisation's grace period after the summary, with the
     * rule's own end action (destroy); otherwise, or when a recorded decision made it part of the formal
     * record, the record's own date and end action, so that it is never kept shorter, nor destroyed
     * without the review, that its record is given.
     */
    public RetentionDate dateOfRecording(RetainedRecording recording, RetentionDate host) {
        InForce rule = rules.get(RecordClasses.RECORDING);
        if (rule == null) {
            throw new IllegalStateException("the schedule has no rule " + RecordClasses.RECORDING);
        }
        RetentionInputs inputs = RetentionInputs.of(Map.of())
                .with(Anchor.SUMMARISED, recording.summarisedOn())
                .with(Anchor.HOST, host.reviewOn().orElse(null))
                .formalRecord(recording.formalRecord());
        Evaluation evaluation = rule.formula().evaluate(inputs, this::formulaOf);
        boolean followsHost = evaluation.used().contains(Anchor.HOST);
        Application application = new Application(
                RecordClasses.RECORDING,
                rule.rule().version(),
                rule.settingVersion(),
                rule.formula().text(),
                followsHost ? deciding(host) : null,
                evaluation,
                evaluation.date().isPresent());
        String by = RecordClasses.RECORDING + " (" + rule.formula().text() + ")";
        if (evaluation.date().isEmpty()) {
            if (evaluation.missing().contains(Anchor.HOST)) {
                return RetentionDate.undated(
                        host.status() == Status.DATED ? Status.INCOMPLETE : host.status(),
                        List.of(application),
                        "The recording follows the record it belongs to by " + by + ", and that record has no date"
                                + " yet: " + host.explanation());
            }
            return RetentionDate.undated(
                    Status.INCOMPLETE,
                    List.of(application),
                    "Not dated until these are recorded: "
                            + evaluation.missing().stream().sorted().toList() + ".");
        }
        LocalDate date = evaluation.date().get();
        EndAction endAction = followsHost ? host.endAction() : rule.rule().endAction();
        boolean automatic = followsHost
                ? host.automaticDestruction()
                : endAction == EndAction.DESTROY && rule.automaticDestruction();
        String why = !followsHost
                ? "an accurate summary of it was written into its record on " + recording.summarisedOn()
                        + ", so it may go after the organisation's grace period."
                : (recording.formalRecord()
                                ? "a recorded decision made it part of the formal record, so it is kept as that record is: "
                                : "no summary of it is recorded, so it is kept as the record it belongs to is: ")
                        + host.explanation();
        return new RetentionDate(
                Status.DATED,
                Optional.of(date),
                endAction,
                automatic,
                List.of(application),
                "Review on " + date + " by " + by + ": " + why,
                List.of(),
                List.of());
    }

    /** The person whose rule gave the record its date, if one did. */
    private static org.cradle.domain.person.PersonId deciding(RetentionDate date) {
        return date.applications().stream()
                .filter(Application::decides)
                .map(Application::person)
                .findFirst()
                .orElse(null);
    }

    /** One rule applied for one person it is about. */
    private Application apply(RuleId id, RetainedRecord.Subject subject, RetentionInputs inputs) {
        InForce rule = rules.get(id);
        if (rule == null) {
            throw new IllegalStateException("the schedule has no rule " + id);
        }
        return new Application(
                id,
                rule.rule().version(),
                rule.settingVersion(),
                rule.formula().text(),
                subject.person(),
                rule.formula().evaluate(inputs, this::formulaOf),
                false);
    }

    private static String earlyReviewsExplained(List<Application> early) {
        StringBuilder text = new StringBuilder();
        for (Application review : early) {
            text.append(" Early review on ")
                    .append(review.evaluation().date().get())
                    .append(" by ")
                    .append(review.rule())
                    .append(" (")
                    .append(review.formula())
                    .append(") for person ")
                    .append(review.person())
                    .append(", who died as a child: a records officer appraises the record then; its date" + " stays.");
        }
        return text.toString();
    }

    private DateFormula formulaOf(RuleId id) {
        return rules.get(id).formula();
    }

    /**
     * The person's dates and the record's close. A record closed on or after the person's death is taken
     * as closed because of it (the schedule's mental health rule counts from the death then). An
     * allegation's record closes when the allegation is concluded, so its close is also the conclusion,
     * and the outcome recorded on that close says whether it was found malicious.
     */
    private static RetentionInputs inputsFor(RetainedRecord record, RetainedRecord.Subject subject) {
        RetentionInputs inputs = RetentionInputs.of(Map.of(Anchor.END, record.end(), Anchor.CONCLUDED, record.end()))
                .with(Anchor.DOB, subject.dateOfBirth())
                .with(Anchor.DOD, subject.dateOfDeath());
        return inputs.closedByDeath(
                        subject.dateOfDeath() != null && !subject.dateOfDeath().isAfter(record.end()))
                .malicious(record.foundMalicious());
    }

    /** What the record's allegation finding adds to the explanation, if one was recorded. */
    private static String finding(RetainedRecord record) {
        if (record.finding() == null) {
            return "";
        }
        return record.foundMalicious()
                ? " The allegation was found MALICIOUS on its conclusion: its record is due for destruction at once."
                : " The allegation was found " + record.finding() + " on its conclusion.";
    }
}
