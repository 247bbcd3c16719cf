package org.cradle.adapters.rest.audit;

import io.quarkus.security.Authenticated;
import jakarta.inject.Provider;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;
import org.cradle.adapters.rest.PageParameters;
import org.cradle.adapters.rest.PageResponse;
import org.cradle.adapters.rest.QueryParameters;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.application.PageRequest;
import org.cradle.application.audit.AuditQuery;
import org.cradle.application.audit.ReadAuditTrail;
import org.cradle.domain.access.Ground;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.ActorKind;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.AuditEvent;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/audit-events")
@Tag(name = "Audit")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Schema(
            name = "AuditEvent",
            description = "One read or write of personal data, or one refused attempt (ACCESS_DENIED). Holds"
                    + " identifiers, no personal data.")
    public record AuditEventView(
            @Schema(example = "1d3f6f0e-8c4b-4a5e-9f7d-2b1c0a9e8d7f") UUID id,
            @Schema(example = "2026-11-21T10:15:30Z") Instant occurredAt,
            @Schema(
                            description = "Who acted: a practitioner's token subject, an integration client's id or a"
                                    + " system process's name.",
                            example = "f3a1c2d4-…",
                            maxLength = Actor.MAX_SUBJECT_LENGTH)
                    String actorSubject,
            @Schema(description = "Which kind of actor acted.", example = "PRACTITIONER") ActorKind actorKind,
            @Schema(example = "RX1", maxLength = OrganisationId.MAX_LENGTH, pattern = OrganisationId.FORM)
                    String actorOrganisation,
            @Schema(example = "FAMILY_READ") AuditAction action,
            @Schema(example = "FAMILY") RecordType recordType,
            @Schema(nullable = true, description = "Absent only for a refused operation that named no record.")
                    UUID recordId,
            @Schema(nullable = true, description = "The family the record belongs to, when there is one.")
                    UUID familyId,
            @Schema(nullable = true, description = "Whose information it was, when it was one person's.") UUID personId,
            @Schema(
                            nullable = true,
                            description = "What kind of information about the person.",
                            example = "BASIC_DETAILS")
                    InformationCategory category,
            @Schema(
                            nullable = true,
                            description = "Why the access was allowed. BREAK_GLASS accesses are flagged for review.",
                            example = "OWN_ORGANISATION")
                    Ground ground,
            @Schema(description = "Whether the access was by break-glass.", example = "false") boolean breakGlass) {

        static AuditEventView of(AuditEvent event) {
            return new AuditEventView(
                    event.id(),
                    event.occurredAt(),
                    event.actorSubject(),
                    event.actorKind(),
                    event.actorOrganisation().value(),
                    event.action(),
                    event.recordType(),
                    event.recordId(),
                    event.familyId().map(FamilyId::value).orElse(null),
                    event.personId().map(PersonId::value).orElse(null),
                    event.category(),
                    event.ground(),
                    event.breakGlass());
        }
    }

    private final Provider<Actor> actor;
    private final ReadAuditTrail readAuditTrail;

    public AuditResource(Provider<Actor> actor, ReadAuditTrail readAuditTrail) {
        this.actor = actor;
        this.readAuditTrail = readAuditTrail;
    }

    @GET
    @Operation(
            operationId = "listAuditEvents",
            summary = "Read the audit trail",
            description = "Who read or changed which record, oldest first, a page at a time. Only for the auditor"
                    + " role. Filters combine with AND.")
    @APIResponse(responseCode = "200", description = "A page of audit events.")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid.")
    @Requires(Capability.READ_AUDIT_TRAIL)
    public PageResponse<AuditEventView> read(
            @Parameter(
                            description = "Events about this record (family, person or episode id).",
                            schema = @Schema(implementation = UUID.class))
                    @QueryParam("recordId")
                    String recordId,
            @Parameter(
                            description = "Events about any record of this family.",
                            schema = @Schema(implementation = UUID.class))
                    @QueryParam("familyId")
                    String familyId,
            @Parameter(
                            description = "Events by this token subject.",
                            schema = @Schema(maxLength = AuditQuery.MAX_ACTOR_LENGTH))
                    @QueryParam("actor")
                    String actorSubject,
            @Parameter(
                            description = "From this instant, inclusive (ISO 8601).",
                            example = "2026-11-01T00:00:00Z",
                            schema = @Schema(implementation = Instant.class))
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description = "Until this instant, exclusive (ISO 8601).",
                            example = "2026-12-01T00:00:00Z",
                            schema = @Schema(implementation = Instant.class))
                    @QueryParam("to")
                    String to,
            @BeanParam PageParameters paging) {
        Fields fields = new Fields();
        UUID record = fields.value("", () -> QueryParameters.uuid("recordId", recordId));
        UUID family = fields.value("", () -> QueryParameters.uuid("familyId", familyId));
        Instant fromInstant = fields.value("", () -> QueryParameters.instant("from", from));
        Instant toInstant = fields.value("", () -> QueryParameters.instant("to", to));
        PageRequest page = paging.read(fields);
        AuditQuery query = fields.build(() -> new AuditQuery(
                record, family == null ? null : new FamilyId(family), actorSubject, fromInstant, toInstant));
        return PageResponse.of(readAuditTrail.read(actor.get(), query, page), AuditEventView::of);
    }
}
