package org.cradle.adapters.rest.audit;

import io.quarkus.security.Authenticated;
import jakarta.inject.Provider;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cradle.adapters.rest.PageParameters;
import org.cradle.adapters.rest.PageResponse;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.adapters.rest.audit.AuditResource.AuditEventView;
import org.cradle.application.audit.ReadAccessLog;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.person.PersonId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "Who saw my record": the accesses to one person's information. */
@Path("/people/{personId}/access-log")
@Tag(name = "People")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AccessLogResource {

    private final Provider<Actor> actor;
    private final ReadAccessLog readAccessLog;

    public AccessLogResource(Provider<Actor> actor, ReadAccessLog readAccessLog) {
        this.actor = actor;
        this.readAccessLog = readAccessLog;
    }

    @GET
    @Operation(
            operationId = "getPersonAccessLog",
            summary = "Who saw this person's record",
            description = "Every access to the person's information, by anyone in any organisation, newest first: who"
                    + " (actorSubject, actorKind), which organisation, when, what (action, recordType, recordId,"
                    + " category) and on which ground (own organisation, referral, break-glass — flagged). For the"
                    + " lead practitioner, the team around the family, team managers and safeguarding leads of an"
                    + " organisation working with the person, and for subject-access requests. Reading it is"
                    + " recorded too.")
    @APIResponse(responseCode = "200", description = "A page of accesses.")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid.")
    @APIResponse(responseCode = "403", description = "You are not in this person's support.")
    @APIResponse(responseCode = "404", description = "No such person, or not one you may see.")
    @Requires(Capability.READ_ACCESS_LOG)
    public PageResponse<AuditEventView> read(@PathParam("personId") String personId, @BeanParam PageParameters paging) {
        PersonId person = PersonId.parse(personId);
        return PageResponse.of(readAccessLog.read(actor.get(), person, paging.read()), AuditEventView::of);
    }
}
