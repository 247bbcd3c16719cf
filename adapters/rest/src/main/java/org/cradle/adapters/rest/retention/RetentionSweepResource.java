package org.cradle.adapters.rest.retention;

import io.quarkus.security.Authenticated;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cradle.adapters.rest.ContractBounds;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.application.retention.SweepReport;
import org.cradle.application.retention.SweepRetention;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.retention.SweepRule;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The retention sweeper on demand, for records officers: a dry run first, then the real one. */
@Path("/retention/sweeps")
@Tag(name = "Retention")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RetentionSweepResource {

    @Schema(name = "RetentionSweepRequest", description = "Whether to sweep for real or only report.")
    public record SweepRequest(
            @Schema(
                            required = true,
                            description = "true: report what a sweep would do and change nothing; false: do it.",
                            example = "true")
                    Boolean dryRun) {}

    /** How many: a record or row count. */
    @Schema(
            name = "Count",
            type = SchemaType.INTEGER,
            format = "int32",
            minimum = ContractBounds.NONE,
            maximum = ContractBounds.MOST_INT)
    static final class Count {

        private Count() {}
    }

    @Schema(name = "SweptRecord", description = "A record the sweep looked at, what it did and why.")
    public record SweptView(
            @Schema(example = "EPISODE") RecordType recordType,
            UUID recordId,
            @Schema(example = "DESTROY") SweepRule.Action action,
            @Schema(
                            example = "Destroyed as decided by r.officer, approved by s.officer.",
                            maxLength = SweepRule.Step.MAX_REASON_LENGTH)
                    String reason) {

        static SweptView of(SweepReport.Swept swept) {
            return new SweptView(swept.recordType(), swept.recordId(), swept.action(), swept.reason());
        }
    }

    @Schema(
            name = "RetentionSweepReport",
            description = "What the sweep did, or in a dry run would do, with your organisation's records.")
    public record ReportView(
            @Schema(example = "true") boolean dryRun,
            @Schema(description = "The day the dates were compared with.", example = "2026-12-02") LocalDate day,
            Instant startedAt,
            Instant finishedAt,
            @Schema(
                            description = "Records whose date had come.",
                            example = "3",
                            minimum = ContractBounds.NONE,
                            maximum = ContractBounds.MOST_INT)
                    int examined,
            @Schema(
                            description = "How many records each action took: DESTROY, QUEUE (newly due, now in the"
                                    + " review queue), AWAIT_REVIEW, AWAIT_APPROVAL, HELD.",
                            example = "{\"DESTROY\": 1, \"QUEUE\": 1, \"AWAIT_REVIEW\": 0, \"AWAIT_APPROVAL\": 0,"
                                    + " \"HELD\": 1, \"NOT_DUE\": 0}",
                            additionalProperties = Count.class)
                    Map<SweepRule.Action, Integer> actions,
            @Schema(
                            description = "Rows removed (or that would be) from each table, by table name.",
                            example = "{\"episode\": 1, \"episode_period\": 1, \"retention_record\": 1}",
                            additionalProperties = Count.class)
                    Map<String, Integer> rowsRemoved,
            @Schema(
                            description = "The records one by one, in sweep order: the first 1000.",
                            maxItems = SweepReport.LISTED)
                    List<SweptView> records,
            @Schema(description = "Whether there were more records than listed.", example = "false")
                    boolean recordsTruncated) {

        static ReportView of(SweepReport report) {
            return new ReportView(
                    report.dryRun(),
                    report.day(),
                    report.startedAt(),
                    report.finishedAt(),
                    report.examined(),
                    report.actions(),
                    report.rowsRemoved(),
                    report.records().stream().map(SweptView::of).toList(),
                    report.recordsTruncated());
        }
    }

    private final Provider<Actor> actor;
    private final SweepRetention sweepRetention;

    public RetentionSweepResource(Provider<Actor> actor, SweepRetention sweepRetention) {
        this.actor = actor;
        this.sweepRetention = sweepRetention;
    }

    @POST
    @Operation(
            operationId = "sweepRetention",
            summary = "Sweep your organisation's records now",
            description = "Records officers. Does what Cradle's scheduled sweeper does, for your organisation's"
                    + " records whose date has come: puts newly due records in the review queue, and destroys those"
                    + " decided for destruction (and approved, where your organisation requires a second officer)"
                    + " or whose rule ends in destruction with automatic destruction turned on. Nothing under an"
                    + " active legal hold is touched. A destruction removes the episode and what hangs from it that"
                    + " nothing else needs, leaving tombstones and a certificate (GET /retention/certificates)."
                    + " With dryRun true, the same statements run and are rolled back: the report is what a real"
                    + " run would do now, and nothing changes. Work is done in batches, each committed on its own:"
                    + " a sweep that fails part-way has done what it reports up to there, and the next finishes it."
                    + " Each destruction is audited (RETENTION_RECORD_DESTROYED).")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = SweepRequest.class),
                            examples = @ExampleObject(name = "dry run", value = "{\"dryRun\": true}")))
    @APIResponse(
            responseCode = "200",
            description = "What the sweep did, or would do.",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", description = "dryRun is missing.")
    @APIResponse(responseCode = "403", description = "Only records officers sweep.")
    @Requires(Capability.SWEEP_RETENTION)
    public ReportView sweep(SweepRequest request) {
        SweepRequest body = Fields.body(request);
        Fields fields = new Fields();
        fields.required("dryRun", body.dryRun());
        boolean dryRun = fields.build(() -> body.dryRun());
        return ReportView.of(sweepRetention.sweep(actor.get(), dryRun));
    }
}
