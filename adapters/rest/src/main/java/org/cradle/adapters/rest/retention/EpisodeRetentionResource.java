package org.cradle.adapters.rest.retention;

import io.quarkus.security.Authenticated;
import jakarta.inject.Provider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.adapters.rest.retention.RetentionMessages.RetentionView;
import org.cradle.application.retention.ExplainRetention;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.episode.EpisodeId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How long an episode's record is kept, and why: for the records officers of its organisation. */
@Path("/episodes/{episodeId}/retention")
@Tag(name = "Retention")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class EpisodeRetentionResource {

    private final Provider<Actor> actor;
    private final ExplainRetention explainRetention;

    public EpisodeRetentionResource(Provider<Actor> actor, ExplainRetention explainRetention) {
        this.actor = actor;
        this.explainRetention = explainRetention;
    }

    @GET
    @Operation(
            operationId = "explainEpisodeRetention",
            summary = "Explain an episode's retention",
            description = "Records officers of the episode's organisation. The record's review date: the latest of"
                    + " every rule it carries (by your organisation's sector and the episode's service type) for"
                    + " every family member, with each rule's version, formula, inputs and date, and which one"
                    + " decided. Counts from the latest close of your organisation's episodes with the family: a new"
                    + " episode resets the clock. A child's health record where the child died keeps its date and"
                    + " shows the early review it raises (earlyReviewOn: NHS-DEATH-CHILD, eight years after the"
                    + " death). Metadata only, never content; recorded in the audit trail for each person, whose"
                    + " dates of birth and death it shows.")
    @APIResponse(
            responseCode = "200",
            description = "The record's date and why.",
            content = @Content(schema = @Schema(implementation = RetentionView.class)))
    @APIResponse(responseCode = "403", description = "Only records officers see retention.")
    @APIResponse(responseCode = "404", description = "No such episode, or not your organisation's.")
    @Requires(Capability.MANAGE_RETENTION)
    public RetentionView get(
            @Parameter(description = "The episode's id.", example = "0b6f7d51-3c1e-4bb2-8a55-2f0e7d4c9a11")
                    @PathParam("episodeId")
                    String episodeId) {
        return RetentionView.of(explainRetention.explain(actor.get(), EpisodeId.parse(episodeId)));
    }
}
