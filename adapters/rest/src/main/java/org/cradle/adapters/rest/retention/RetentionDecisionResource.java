package org.cradle.adapters.rest.retention;

import io.quarkus.security.Authenticated;
import jakarta.inject.Provider;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.cradle.adapters.rest.PageParameters;
import org.cradle.adapters.rest.PageResponse;
import org.cradle.adapters.rest.QueryParameters;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.application.PageRequest;
import org.cradle.application.retention.ApproveDestruction;
import org.cradle.application.retention.ListRetentionDecisions;
import org.cradle.domain.Identifiers;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.retention.ReviewDecision;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Records officers' decisions on due records, and the second approval of destructions. */
@Path("/retention/decisions")
@Tag(name = "Retention")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RetentionDecisionResource {

    @Schema(name = "RetentionDecision", description = "A records officer's decision on a due record.")
    public record RetentionDecisionView(
            UUID id,
            @Schema(example = "EPISODE") RecordType recordType,
            UUID recordId,
            @Schema(example = "DESTROY") ReviewDecision.Kind decision,
            @Schema(
                            nullable = true,
                            description = "The new review date of an extension or a keep.",
                            example = "2031-01-01")
                    LocalDate until,
            @Schema(
                            example = "The plan's goals were met and nothing is pending.",
                            maxLength = ReviewDecision.MAX_REASON_LENGTH)
                    String reason,
            @Schema(example = "r.officer", maxLength = Actor.MAX_SUBJECT_LENGTH) String decidedBy,
            Instant decidedAt,
            @Schema(description = "Whether the destruction waits for a second records officer.", example = "true")
                    boolean needsApproval,
            @Schema(nullable = true, example = "s.officer", maxLength = Actor.MAX_SUBJECT_LENGTH) String approvedBy,
            @Schema(nullable = true) Instant approvedAt,
            @Schema(description = "Whether the sweeper may destroy the record.", example = "false")
                    boolean destructionApproved) {

        static RetentionDecisionView of(ReviewDecision decision) {
            return new RetentionDecisionView(
                    decision.id(),
                    decision.recordType(),
                    decision.recordId(),
                    decision.kind(),
                    decision.until(),
                    decision.reason(),
                    decision.decidedBy(),
                    decision.decidedAt(),
                    decision.needsApproval(),
                    decision.approval().map(ReviewDecision.Approval::by).orElse(null),
                    decision.approval().map(ReviewDecision.Approval::at).orElse(null),
                    decision.destructionApproved());
        }
    }

    private final Provider<Actor> actor;
    private final ListRetentionDecisions list;
    private final ApproveDestruction approve;

    public RetentionDecisionResource(Provider<Actor> actor, ListRetentionDecisions list, ApproveDestruction approve) {
        this.actor = actor;
        this.list = list;
        this.approve = approve;
    }

    @GET
    @Operation(
            operationId = "listRetentionDecisions",
            summary = "List your organisation's retention decisions",
            description = "Records officers. Newest first, a page at a time; awaitingApproval=true lists the"
                    + " destructions waiting for a second records officer.")
    @APIResponse(responseCode = "200", description = "A page of decisions.")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid.")
    @APIResponse(responseCode = "403", description = "Only records officers see decisions.")
    @Requires(Capability.MANAGE_RETENTION)
    public PageResponse<RetentionDecisionView> list(
            @Parameter(
                            description = "true: only destructions awaiting approval.",
                            example = "true",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    @QueryParam("awaitingApproval")
                    String awaitingApproval,
            @BeanParam PageParameters paging) {
        Fields fields = new Fields();
        Boolean awaiting = fields.value("", () -> QueryParameters.bool("awaitingApproval", awaitingApproval));
        PageRequest page = paging.read(fields);
        fields.build(() -> page);
        return PageResponse.of(list.list(actor.get(), Boolean.TRUE.equals(awaiting), page), RetentionDecisionView::of);
    }

    @POST
    @Path("/{decisionId}/approval")
    @Operation(
            operationId = "approveDestruction",
            summary = "Approve a destruction",
            description = "A second records officer of the organisation approves a destruction it requires a second"
                    + " approval for: never the officer who decided it, and once. The sweeper may then carry it out."
                    + " Audited (RETENTION_DESTRUCTION_APPROVED).")
    @APIResponse(
            responseCode = "200",
            description = "The decision, approved.",
            content = @Content(schema = @Schema(implementation = RetentionDecisionView.class)))
    @APIResponse(responseCode = "403", description = "Only records officers approve destructions.")
    @APIResponse(responseCode = "404", description = "No such decision of your organisation's.")
    @APIResponse(responseCode = "409", description = "It is already approved (already-approved).")
    @APIResponse(
            responseCode = "422",
            description = "The decision needs no approval (nothing-to-approve), or you decided it (same-officer).")
    @Requires(Capability.MANAGE_RETENTION)
    public RetentionDecisionView approve(
            @Parameter(description = "The decision's id.", example = "7d9e1f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a")
                    @PathParam("decisionId")
                    String decisionId) {
        return RetentionDecisionView.of(
                approve.approve(actor.get(), Identifiers.parse("retention decision", decisionId)));
    }
}
