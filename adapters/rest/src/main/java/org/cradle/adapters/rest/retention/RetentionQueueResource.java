package org.cradle.adapters.rest.retention;

import io.quarkus.security.Authenticated;
import jakarta.inject.Provider;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.cradle.adapters.rest.ContractBounds;
import org.cradle.adapters.rest.PageParameters;
import org.cradle.adapters.rest.PageResponse;
import org.cradle.adapters.rest.QueryParameters;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.application.PageRequest;
import org.cradle.application.retention.DecideRetention;
import org.cradle.application.retention.ListDueRecords;
import org.cradle.application.retention.RecomputeRetention;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.Text;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.retention.EndAction;
import org.cradle.domain.retention.KeptDate;
import org.cradle.domain.retention.RetentionDate;
import org.cradle.domain.retention.ReviewDecision;
import org.cradle.domain.retention.RuleId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The records officer's review queue: records whose retention date has come. */
@Path("/retention/queue")
@Tag(name = "Retention")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class RetentionQueueResource {

    @Schema(name = "DueRecord", description = "A record whose date has come: what it is and why, never its content.")
    public record DueRecordView(
            @Schema(example = "EPISODE") RecordType recordType,
            UUID recordId,
            UUID familyId,
            @Schema(example = "2025-03-01") LocalDate reviewOn,
            @Schema(example = "LA-EARLY-HELP", maxLength = RuleId.MAX_LENGTH, pattern = RuleId.FORM) String rule,
            @Schema(example = "1", minimum = ContractBounds.FIRST, maximum = ContractBounds.MOST_INT) int ruleVersion,
            @Schema(nullable = true, example = "2", minimum = ContractBounds.FIRST, maximum = ContractBounds.MOST_INT)
                    Integer settingVersion,
            @Schema(example = "REVIEW") EndAction endAction,
            @Schema(example = "false") boolean automaticDestruction,
            @Schema(
                            example = "Review on 2025-03-01: the latest of 2 rule dates, given by LA-EARLY-HELP.",
                            maxLength = RetentionDate.MAX_EXPLANATION_LENGTH)
                    String explanation,
            @Schema(description = "When the date was last computed.") Instant computedAt,
            @Schema(
                            nullable = true,
                            description = "The day a sweep first found the record due and queued it; absent while"
                                    + " no sweep has run since it became due (newly due).",
                            example = "2026-12-02")
                    LocalDate queuedOn,
            @Schema(
                            description = "The day the record became due: its early review's, while one is still to"
                                    + " be done, or reviewOn.",
                            example = "2025-03-01")
                    LocalDate dueOn,
            @Schema(
                            nullable = true,
                            description = "The early review still to be done before reviewOn (a child's health record"
                                    + " where the child died: NHS-DEATH-CHILD), if any; a decision on the record on"
                                    + " or after its day is that review done.")
                    EarlyReviewView earlyReview) {

        static DueRecordView of(KeptDate record) {
            return new DueRecordView(
                    record.type(),
                    record.id(),
                    record.family(),
                    record.reviewOn(),
                    record.rule().value(),
                    record.ruleVersion(),
                    record.settingVersion(),
                    record.endAction(),
                    record.automaticDestruction(),
                    record.explanation(),
                    record.computedAt(),
                    record.queuedOn(),
                    record.dueOn(),
                    record.earlyReview() == null ? null : EarlyReviewView.of(record.earlyReview()));
        }
    }

    @Schema(name = "EarlyReview", description = "A day before a record's date on which a records officer appraises it.")
    public record EarlyReviewView(
            @Schema(example = "2032-11-20") LocalDate on,
            @Schema(example = "NHS-DEATH-CHILD", maxLength = RuleId.MAX_LENGTH, pattern = RuleId.FORM) String rule,
            @Schema(example = "1", minimum = ContractBounds.FIRST, maximum = ContractBounds.MOST_INT) int ruleVersion) {

        static EarlyReviewView of(KeptDate.EarlyReview review) {
            return new EarlyReviewView(review.on(), review.rule().value(), review.ruleVersion());
        }
    }

    @Schema(name = "RetentionDecisionRequest", description = "A decision on one or more due records.")
    public record DecisionRequest(
            @Schema(
                            required = true,
                            description =
                                    "The records (episode or video ids, as the queue lists them), 1 to 100, each once.",
                            minItems = 1,
                            maxItems = DecideRetention.MAX_RECORDS,
                            uniqueItems = true)
                    List<UUID> records,
            @Schema(required = true, example = "EXTEND") ReviewDecision.Kind decision,
            @Schema(
                            nullable = true,
                            description = "For EXTEND and KEEP: the new review date, after today.",
                            example = "2031-01-01")
                    LocalDate until,
            @Schema(
                            required = true,
                            maxLength = ReviewDecision.MAX_REASON_LENGTH,
                            example = "A complaint about this work is still open.")
                    String reason) {}

    @Schema(name = "RetentionRecomputation", description = "How many records' dates were computed.")
    public record RecomputationView(
            @Schema(example = "1250", minimum = ContractBounds.NONE, maximum = ContractBounds.MOST_INT) int records) {}

    private final Provider<Actor> actor;
    private final ListDueRecords listDueRecords;
    private final RecomputeRetention recomputeRetention;
    private final DecideRetention decideRetention;

    public RetentionQueueResource(
            Provider<Actor> actor,
            ListDueRecords listDueRecords,
            RecomputeRetention recomputeRetention,
            DecideRetention decideRetention) {
        this.actor = actor;
        this.listDueRecords = listDueRecords;
        this.recomputeRetention = recomputeRetention;
        this.decideRetention = decideRetention;
    }

    @POST
    @Path("/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "decideOnDueRecords",
            summary = "Decide on due records",
            description = "Records officers, on one record or up to 100 at once: DESTROY, EXTEND to a new date, or KEEP"
                    + " with a next review date, with the reason. Every record must be your organisation's, due"
                    + " (by its date, or by an early review: a decision on or after its day is that review done),"
                    + " under no hold and not already decided for destruction; one that is not refuses the whole"
                    + " decision, naming it (records[i]), and nothing is written. An extension or a keep moves the"
                    + " date at once; a destruction leaves the queue and waits for the sweeper, and first for a second"
                    + " records officer where your organisation requires one. Audited (RETENTION_DECIDED).")
    @APIResponse(
            responseCode = "201",
            description = "The decisions, one per record.",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            maxItems = DecideRetention.MAX_RECORDS,
                                            implementation = RetentionDecisionResource.RetentionDecisionView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid.")
    @APIResponse(responseCode = "403", description = "Only records officers decide.")
    @APIResponse(responseCode = "409", description = "A record is already decided for destruction (already-decided).")
    @APIResponse(
            responseCode = "422",
            description = "A record is not your organisation's (unknown-record), not due (not-due) or held (held).")
    @Requires(Capability.MANAGE_RETENTION)
    public Response decide(DecisionRequest request) {
        DecisionRequest body = Fields.body(request);
        Fields fields = new Fields();
        if (fields.required("records", body.records()) != null
                && (body.records().isEmpty()
                        || body.records().size() > DecideRetention.MAX_RECORDS
                        || body.records().contains(null)
                        || new HashSet<>(body.records()).size()
                                != body.records().size())) {
            fields.reject(
                    "records", "size", "records names 1 to " + DecideRetention.MAX_RECORDS + " different records.");
        }
        fields.required("decision", body.decision());
        fields.value("", () -> Text.required("reason", body.reason(), ReviewDecision.MAX_REASON_LENGTH));
        DecideRetention.Command command = fields.build(
                () -> new DecideRetention.Command(body.records(), body.decision(), body.until(), body.reason()));
        return Response.status(201)
                .entity(decideRetention.decide(actor.get(), command).stream()
                        .map(RetentionDecisionResource.RetentionDecisionView::of)
                        .toList())
                .build();
    }

    @POST
    @Path("/recomputation")
    @Operation(
            operationId = "recomputeRetention",
            summary = "Recompute your organisation's retention dates",
            description = "Records officers. Computes the date of every record of your organisation again from"
                    + " today's facts and rules, 500 families at a time, each batch committed on its own: after an"
                    + " upgrade that added records whose dates were not yet kept, or to check the queue. Dates are"
                    + " otherwise kept current by the changes that move them. Idempotent: one that stopped part-way"
                    + " is simply run again.")
    @APIResponse(
            responseCode = "200",
            description = "How many records were computed.",
            content = @Content(schema = @Schema(implementation = RecomputationView.class)))
    @APIResponse(responseCode = "403", description = "Only records officers recompute retention.")
    @Requires(Capability.MANAGE_RETENTION)
    public RecomputationView recompute() {
        return new RecomputationView(recomputeRetention.recompute(actor.get()));
    }

    @GET
    @Operation(
            operationId = "listRetentionQueue",
            summary = "List the records due for review",
            description = "Records officers. Your organisation's records whose retention date has come (or comes by"
                    + " dueBy), earliest first, a page at a time, each with the rule and version that made it due"
                    + " and why. A record is also due on the day of an early review still to be done (a child's"
                    + " health record where the child died: NHS-DEATH-CHILD), before its date. Records under an"
                    + " active legal hold are left out. Metadata only: record and family ids, never content.")
    @APIResponse(responseCode = "200", description = "A page of due records.")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid.")
    @APIResponse(responseCode = "403", description = "Only records officers see the queue.")
    @Requires(Capability.MANAGE_RETENTION)
    public PageResponse<DueRecordView> list(
            @Parameter(
                            description = "Due on or before this day (YYYY-MM-DD); today when absent.",
                            example = "2026-12-31",
                            schema = @Schema(implementation = LocalDate.class))
                    @QueryParam("dueBy")
                    String dueBy,
            @Parameter(
                            description = "Only records made due by this rule: their date's, or their early review's.",
                            example = "LA-EARLY-HELP",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            maxLength = RuleId.MAX_LENGTH,
                                            pattern = RuleId.FORM))
                    @QueryParam("rule")
                    String rule,
            @BeanParam PageParameters paging) {
        Fields fields = new Fields();
        LocalDate by = fields.value("", () -> QueryParameters.date("dueBy", dueBy));
        RuleId ruleId = rule == null || rule.isBlank() ? null : fields.value("", () -> ruleParameter(rule));
        PageRequest page = paging.read(fields);
        fields.build(() -> page);
        return PageResponse.of(listDueRecords.list(actor.get(), by, ruleId, page), DueRecordView::of);
    }

    private static RuleId ruleParameter(String text) {
        try {
            return new RuleId(text.strip());
        } catch (InvalidValueException e) {
            throw new InvalidValueException("rule", e.rule(), e.getMessage());
        }
    }
}
