package org.cradle.adapters.rest.sharing;

import io.quarkus.security.Authenticated;
import jakarta.inject.Provider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.adapters.rest.sharing.SharingMessages.DecisionView;
import org.cradle.application.sharing.GetSharingDecision;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.Capability;
import org.cradle.domain.sharing.SharingDecisionId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Recorded sharing decisions, one at a time. */
@Path("/sharing-decisions/{sharingDecisionId}")
@Tag(name = "Sharing")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SharingDecisionResource {

    private final Provider<Actor> actor;
    private final GetSharingDecision getSharingDecision;

    public SharingDecisionResource(Provider<Actor> actor, GetSharingDecision getSharingDecision) {
        this.actor = actor;
        this.getSharingDecision = getSharingDecision;
    }

    @GET
    @Operation(
            summary = "Read a sharing decision",
            description = "As recorded: for the organisation that made it and the organisation it named as"
                    + " recipient; to anyone else it does not exist. Audited for each subject.")
    @APIResponse(
            responseCode = "200",
            description = "The decision.",
            content = @Content(schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(responseCode = "404", description = "No such decision, or not one your organisation is party to.")
    @Requires(Capability.READ_DISCLOSURES)
    public DecisionView get(@PathParam("sharingDecisionId") String sharingDecisionId) {
        return DecisionView.of(getSharingDecision.get(actor.get(), SharingDecisionId.parse(sharingDecisionId)));
    }
}
