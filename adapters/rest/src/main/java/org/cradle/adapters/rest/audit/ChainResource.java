package org.cradle.adapters.rest.audit;

import io.quarkus.security.Authenticated;
import jakarta.inject.Provider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cradle.adapters.rest.ContractBounds;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.application.chain.VerifyChain;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.chain.ChainedKind;
import org.cradle.domain.chain.Finding;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Verifying the tamper-evident chain (ADR 16). */
@Path("/audit-chain/verification")
@Tag(name = "Audit")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ChainResource {

    @Schema(name = "ChainFinding", description = "Something verification found wrong, by entry and record.")
    public record FindingView(
            @Schema(
                            description = "ALTERED: the record no longer hashes to what was sealed; REMOVED: the"
                                    + " record is gone; INSERTED: a record sits among sealed ones that no entry sealed; BROKEN: the entry's links do not hold (the ledger was"
                                    + " reordered or edited); UNSEALED: a record the sealer passed that no entry holds (position is"
                                    + " the entry it follows, 0 when none).",
                            example = "ALTERED")
                    Finding.Tampering problem,
            @Schema(
                            description = "The entry's place in the chain.",
                            example = "1042",
                            minimum = ContractBounds.NONE,
                            maximum = ContractBounds.MOST_LONG)
                    long position,
            @Schema(example = "AUDIT_EVENT") ChainedKind kind,
            @Schema(description = "The record the entry seals.") UUID recordId) {}

    @Schema(name = "ChainVerification", description = "What verifying the whole chain found.")
    public record VerificationView(
            @Schema(
                            description = "Entries checked.",
                            example = "1200000",
                            minimum = ContractBounds.NONE,
                            maximum = ContractBounds.MOST_LONG)
                    long verified,
            @Schema(
                            description = "Problems found; all of them, even beyond those listed.",
                            example = "0",
                            minimum = ContractBounds.NONE,
                            maximum = ContractBounds.MOST_LONG)
                    long findingsCount,
            @Schema(description = "The first 1,000 problems, in chain order.", maxItems = VerifyChain.KEEP)
                    List<FindingView> findings,
            @Schema(description = "When verification started; entries sealed later are not in it.")
                    Instant startedAt) {}

    private final Provider<Actor> actor;
    private final VerifyChain verifyChain;

    public ChainResource(Provider<Actor> actor, VerifyChain verifyChain) {
        this.actor = actor;
        this.verifyChain = verifyChain;
    }

    @GET
    @Operation(
            operationId = "verifyAuditChain",
            summary = "Verify the tamper-evident chain",
            description = "Checks every sealed entry, in chain order, against its record as it is now: that the"
                    + " record still hashes to what was sealed, that it still exists, and that each entry links to"
                    + " the one before. Reports every problem by entry and record id. Audit events are sealed a"
                    + " second or so after they are written. Auditors only.")
    @APIResponse(
            responseCode = "200",
            description = "What verification found.",
            content = @Content(schema = @Schema(implementation = VerificationView.class)))
    @Requires(Capability.READ_AUDIT_TRAIL)
    public VerificationView verify() {
        VerifyChain.Report report = verifyChain.verify(actor.get());
        return new VerificationView(
                report.verified(),
                report.findingsCount(),
                report.findings().stream()
                        .map(f -> new FindingView(f.tampering(), f.position(), f.kind(), f.record()))
                        .toList(),
                report.startedAt());
    }
}
