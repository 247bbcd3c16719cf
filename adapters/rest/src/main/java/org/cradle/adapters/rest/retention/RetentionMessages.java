package org.cradle.adapters.rest.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cradle.adapters.rest.ContractBounds;
import org.cradle.application.retention.RuleHistory;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.retention.Anchor;
import org.cradle.domain.retention.Confidence;
import org.cradle.domain.retention.DateFormula;
import org.cradle.domain.retention.EndAction;
import org.cradle.domain.retention.RetentionDate;
import org.cradle.domain.retention.RetentionRule;
import org.cradle.domain.retention.RetentionSchedule;
import org.cradle.domain.retention.RuleId;
import org.cradle.domain.retention.RuleSetting;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The retention API's messages: the schedule's rules, an organisation's settings, a record's date. */
final class RetentionMessages {

    private RetentionMessages() {}

    @Schema(name = "RetentionRuleVersion", description = "One version of a rule of the default schedule, as shipped.")
    record RuleVersionView(
            @Schema(example = "1", minimum = ContractBounds.FIRST, maximum = ContractBounds.MOST_INT) int version,
            @Schema(example = "Early help and child in need", maxLength = RetentionRule.MAX_RECORD_CLASS_LENGTH)
                    String recordClass,
            @Schema(
                            description = "The date in the schedule's notation: DOB, END, DOD plus years (+25y) or"
                                    + " months (+1m), max(...), if(condition, then, else), rule(ID).",
                            example = "max(DOB+21y, END+3y)",
                            maxLength = DateFormula.MAX_LENGTH)
                    String formula,
            @Schema(example = "REVIEW") EndAction endAction,
            @Schema(example = "Local authority retention schedules", maxLength = RetentionRule.MAX_SOURCE_LENGTH)
                    String source,
            @Schema(example = "SECONDARY") Confidence confidence,
            @Schema(example = "2015-01-01") LocalDate effectiveFrom) {

        static RuleVersionView of(RetentionRule rule) {
            return new RuleVersionView(
                    rule.version(),
                    rule.recordClass(),
                    rule.formula().text(),
                    rule.endAction(),
                    rule.source(),
                    rule.confidence(),
                    rule.effectiveFrom());
        }
    }

    @Schema(name = "RetentionRuleSetting", description = "One version of your organisation's setting for a rule.")
    record SettingView(
            @Schema(example = "2", minimum = ContractBounds.FIRST, maximum = ContractBounds.MOST_INT) int version,
            @Schema(
                            nullable = true,
                            description = "Your formula; absent when the schedule's applies.",
                            example = "max(DOB+25y, END+3y)",
                            maxLength = DateFormula.MAX_LENGTH)
                    String formula,
            @Schema(example = "false") boolean automaticDestruction,
            @Schema(example = "r.officer", maxLength = Actor.MAX_SUBJECT_LENGTH) String changedBy,
            Instant changedAt,
            @Schema(
                            example = "Our council keeps early help records until the child is 25.",
                            maxLength = RuleSetting.MAX_REASON_LENGTH)
                    String reason) {

        static SettingView of(RuleSetting setting) {
            return new SettingView(
                    setting.version(),
                    setting.formula() == null ? null : setting.formula().text(),
                    setting.automaticDestruction(),
                    setting.changedBy(),
                    setting.changedAt(),
                    setting.reason());
        }
    }

    @Schema(name = "RetentionRule", description = "A rule as your organisation has it.")
    record RuleView(
            @Schema(example = "LA-EARLY-HELP", maxLength = RuleId.MAX_LENGTH, pattern = RuleId.FORM) String id,
            @Schema(description = "The schedule's version in force.") RuleVersionView schedule,
            @Schema(description = "Whether your organisation may set its own formula.", example = "true")
                    boolean configurable,
            @Schema(nullable = true, description = "Your organisation's setting in force, if it has one.")
                    SettingView setting,
            @Schema(
                            description = "The formula that applies to your records.",
                            example = "max(DOB+25y, END+3y)",
                            maxLength = DateFormula.MAX_LENGTH)
                    String formula,
            @Schema(example = "false") boolean automaticDestruction) {

        static RuleView of(RetentionSchedule.InForce rule) {
            return new RuleView(
                    rule.rule().id().value(),
                    RuleVersionView.of(rule.rule()),
                    rule.rule().configurable(),
                    rule.setting().map(SettingView::of).orElse(null),
                    rule.formula().text(),
                    rule.automaticDestruction());
        }
    }

    @Schema(name = "RetentionRuleHistory", description = "A rule as your organisation has it, with every version.")
    record RuleHistoryView(
            RuleView rule,
            @Schema(description = "The schedule's versions, oldest first.") List<RuleVersionView> versions,
            @Schema(description = "Your organisation's settings, oldest first.") List<SettingView> settings) {

        static RuleHistoryView of(RuleHistory history) {
            return new RuleHistoryView(
                    RuleView.of(history.inForce()),
                    history.versions().stream().map(RuleVersionView::of).toList(),
                    history.settings().stream().map(SettingView::of).toList());
        }
    }

    @Schema(name = "ChangeRetentionSettingRequest", description = "Your organisation's new setting for a rule.")
    record ChangeSettingRequest(
            @Schema(
                            required = true,
                            description = "The version of your setting you read: 0 when your organisation had none.",
                            example = "0",
                            minimum = ContractBounds.NONE,
                            maximum = ContractBounds.MOST_INT)
                    Integer version,
            @Schema(
                            nullable = true,
                            maxLength = DateFormula.MAX_LENGTH,
                            description = "Your formula, only for a configurable rule; absent to use the schedule's.",
                            example = "max(DOB+25y, END+3y)")
                    String formula,
            @Schema(
                            description = "Destroy records due under this rule without review; only for a rule that"
                                    + " ends in destruction. Absent means false.",
                            example = "false")
                    Boolean automaticDestruction,
            @Schema(
                            required = true,
                            maxLength = RuleSetting.MAX_REASON_LENGTH,
                            example = "Our council keeps early help records until the child is 25.")
                    String reason) {}

    @Schema(name = "RetentionApplication", description = "One rule applied for one person the record is about.")
    record ApplicationView(
            @Schema(example = "NHS-CAMHS", maxLength = RuleId.MAX_LENGTH, pattern = RuleId.FORM) String rule,
            @Schema(example = "1", minimum = ContractBounds.FIRST, maximum = ContractBounds.MOST_INT) int ruleVersion,
            @Schema(
                            nullable = true,
                            description = "Your organisation's setting version, if one applied.",
                            example = "2",
                            minimum = ContractBounds.FIRST,
                            maximum = ContractBounds.MOST_INT)
                    Integer settingVersion,
            @Schema(example = "max(rule(NHS-CHILD), rule(NHS-MH))", maxLength = DateFormula.MAX_LENGTH) String formula,
            UUID personId,
            @Schema(nullable = true, example = "2049-03-01") LocalDate date,
            @Schema(description = "The inputs it depended on.", uniqueItems = true) List<Anchor> inputs,
            @Schema(description = "The inputs it lacked: no date until they are recorded.", uniqueItems = true)
                    List<Anchor> missing,
            @Schema(description = "Whether it gave the record's date.") boolean decides) {

        static ApplicationView of(RetentionDate.Application application) {
            return new ApplicationView(
                    application.rule().value(),
                    application.ruleVersion(),
                    application.settingVersion(),
                    application.formula(),
                    application.person().value(),
                    application.evaluation().date().orElse(null),
                    application.evaluation().used().stream().sorted().toList(),
                    application.evaluation().missing().stream().sorted().toList(),
                    application.decides());
        }
    }

    @Schema(name = "RetentionDate", description = "How long a record is kept, and why.")
    record RetentionView(
            @Schema(
                            description = "DATED, OPEN (still operational), INCOMPLETE (an input is missing) or"
                                    + " UNCLASSIFIED (the organisation's sector is not recorded).",
                            example = "DATED")
                    RetentionDate.Status status,
            @Schema(nullable = true, description = "When it goes to review (or destruction).", example = "2049-03-01")
                    LocalDate reviewOn,
            @Schema(example = "REVIEW") EndAction endAction,
            @Schema(example = "false") boolean automaticDestruction,
            @Schema(
                            example = "Review on 2049-03-01: the latest of 2 rule dates, given by NHS-CAMHS.",
                            maxLength = RetentionDate.MAX_EXPLANATION_LENGTH)
                    String explanation,
            List<ApplicationView> applications,
            @Schema(description = "The active legal holds that keep it.", uniqueItems = true) List<UUID> heldBy,
            @Schema(
                            nullable = true,
                            description = "The day of the first early review still to be done, before reviewOn: a"
                                    + " child's health record where the child died (NHS-DEATH-CHILD, eight years"
                                    + " after the death) goes to the review queue then for a records officer to"
                                    + " appraise, and its date stays. Absent when there is none, or the record is"
                                    + " not dated.",
                            example = "2032-11-20")
                    LocalDate earlyReviewOn,
            @Schema(
                            description = "The early reviews still to be done, each a rule applied for one person,"
                                    + " earliest first; one a records officer decided on, on or after its day, is"
                                    + " done and no longer listed.")
                    List<ApplicationView> earlyReviews) {

        static RetentionView of(RetentionDate date) {
            return new RetentionView(
                    date.status(),
                    date.reviewOn().orElse(null),
                    date.endAction(),
                    date.automaticDestruction(),
                    date.explanation(),
                    date.applications().stream().map(ApplicationView::of).toList(),
                    date.heldBy().stream().map(hold -> hold.value()).toList(),
                    date.earlyReviewOn().orElse(null),
                    date.earlyReviews().stream().map(ApplicationView::of).toList());
        }
    }
}
