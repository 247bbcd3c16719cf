package org.cradle.adapters.rest.retention;

import io.quarkus.security.Authenticated;
import jakarta.inject.Provider;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cradle.adapters.rest.PageParameters;
import org.cradle.adapters.rest.PageResponse;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.adapters.rest.retention.RetentionMessages.ChangeSettingRequest;
import org.cradle.adapters.rest.retention.RetentionMessages.RuleHistoryView;
import org.cradle.adapters.rest.retention.RetentionMessages.RuleView;
import org.cradle.application.retention.ChangeRuleSetting;
import org.cradle.application.retention.GetRetentionRule;
import org.cradle.application.retention.ListRetentionRules;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.RecordNotFoundException;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.retention.DateFormula;
import org.cradle.domain.retention.RuleId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The retention schedule as the caller's organisation has it, and its records officers' settings. */
@Path("/retention/rules")
@Tag(name = "Retention")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RetentionRuleResource {

    private final Provider<Actor> actor;
    private final ListRetentionRules listRules;
    private final GetRetentionRule getRule;
    private final ChangeRuleSetting changeSetting;

    public RetentionRuleResource(
            Provider<Actor> actor,
            ListRetentionRules listRules,
            GetRetentionRule getRule,
            ChangeRuleSetting changeSetting) {
        this.actor = actor;
        this.listRules = listRules;
        this.getRule = getRule;
        this.changeSetting = changeSetting;
    }

    @GET
    @Operation(
            operationId = "listRetentionRules",
            summary = "List the retention rules",
            description = "The default schedule (NHS code, local-authority schedules, NSPCC guidance) as your"
                    + " organisation has it, by rule id: each rule's version in force, its source and confidence,"
                    + " and your organisation's own setting. Open to anyone signed in: it holds no personal data.")
    @APIResponse(responseCode = "200", description = "A page of rules.")
    @APIResponse(responseCode = "400", description = "A paging parameter is invalid.")
    @Requires(none = true)
    public PageResponse<RuleView> list(@BeanParam PageParameters paging) {
        return PageResponse.of(listRules.list(actor.get(), paging.read()), RuleView::of);
    }

    @GET
    @Path("/{ruleId}")
    @Operation(
            operationId = "getRetentionRule",
            summary = "Read a retention rule with its history",
            description = "The rule as your organisation has it, every version of the schedule's rule, and every"
                    + " version of your organisation's setting with who changed it, when and why.")
    @APIResponse(
            responseCode = "200",
            description = "The rule.",
            content = @Content(schema = @Schema(implementation = RuleHistoryView.class)))
    @APIResponse(responseCode = "404", description = "No such rule.")
    @Requires(none = true)
    public RuleHistoryView get(
            @Parameter(
                            description = "The rule's id.",
                            example = "LA-EARLY-HELP",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            maxLength = RuleId.MAX_LENGTH,
                                            pattern = RuleId.FORM))
                    @PathParam("ruleId")
                    String ruleId) {
        return RuleHistoryView.of(getRule.get(actor.get(), rule(ruleId)));
    }

    @PUT
    @Path("/{ruleId}/setting")
    @Operation(
            operationId = "setRetentionRuleSetting",
            summary = "Set your organisation's own period or automatic destruction for a rule",
            description = "Records officers only. A new version of your organisation's setting: your own formula for"
                    + " a configurable rule (the early-help period), or automatic destruction on or off for a rule"
                    + " that ends in destruction, with the reason. Send the setting version you read (0 when there"
                    + " was none): a change made meanwhile answers 409, and nothing is overwritten.")
    @APIResponse(
            responseCode = "200",
            description = "The rule with your new setting.",
            content = @Content(schema = @Schema(implementation = RuleView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid, or the formula cannot be read.")
    @APIResponse(responseCode = "403", description = "Only records officers set retention.")
    @APIResponse(responseCode = "404", description = "No such rule.")
    @APIResponse(responseCode = "409", description = "Your organisation's setting changed since you read it.")
    @APIResponse(
            responseCode = "422",
            description = "The rule does not allow it: not-configurable, review-only, refers-to-itself, unknown-rule,"
                    + " circular-rules; not-in-directory when your organisation is not registered yet.")
    @Requires(Capability.MANAGE_RETENTION)
    public RuleView change(
            @Parameter(
                            description = "The rule's id.",
                            example = "LA-EARLY-HELP",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            maxLength = RuleId.MAX_LENGTH,
                                            pattern = RuleId.FORM))
                    @PathParam("ruleId")
                    String ruleId,
            ChangeSettingRequest request) {
        RuleId id = rule(ruleId);
        ChangeSettingRequest body = Fields.body(request);
        Fields fields = new Fields();
        fields.required("version", body.version());
        if (body.version() != null && body.version() < 0) {
            fields.reject("version", "min", "version must be 0 or more.");
        }
        DateFormula formula = body.formula() == null ? null : fields.value("", () -> DateFormula.parse(body.formula()));
        fields.required("reason", body.reason());
        ChangeRuleSetting.Command command = fields.build(() -> new ChangeRuleSetting.Command(
                id, body.version(), formula, Boolean.TRUE.equals(body.automaticDestruction()), body.reason()));
        return RuleView.of(changeSetting.change(actor.get(), command));
    }

    /** A rule id that cannot be one names no rule: 404, like an unknown one. */
    private static RuleId rule(String text) {
        try {
            return new RuleId(text);
        } catch (InvalidValueException e) {
            throw new RecordNotFoundException("retention rule", text);
        }
    }
}
