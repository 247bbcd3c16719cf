package org.cradle.adapters.rest.episode;

import io.quarkus.security.Authenticated;
import jakarta.inject.Provider;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.cradle.adapters.rest.PageParameters;
import org.cradle.adapters.rest.PageResponse;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.adapters.rest.episode.EpisodeMessages.EpisodeView;
import org.cradle.adapters.rest.episode.EpisodeMessages.OpenEpisodeRequest;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.application.PageRequest;
import org.cradle.application.episode.ListEpisodes;
import org.cradle.application.episode.OpenEpisode;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.PractitionerRef;
import org.cradle.domain.family.FamilyId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/families/{familyId}/episodes")
@Tag(name = "Episodes")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such family.")
public class FamilyEpisodesResource {

    private final Provider<Actor> actor;
    private final OpenEpisode openEpisode;
    private final ListEpisodes listEpisodes;

    public FamilyEpisodesResource(Provider<Actor> actor, OpenEpisode openEpisode, ListEpisodes listEpisodes) {
        this.actor = actor;
        this.openEpisode = openEpisode;
        this.listEpisodes = listEpisodes;
    }

    @POST
    @Operation(
            operationId = "openEpisode",
            summary = "Open an episode",
            description = "Starts a piece of work with the family for the organisation named in your token.")
    @APIResponse(
            responseCode = "201",
            description = "Opened; Location names the episode.",
            content = @Content(schema = @Schema(implementation = EpisodeView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid.")
    @Requires(Capability.WRITE_FAMILY_RECORDS)
    public Response open(@PathParam("familyId") String familyId, OpenEpisodeRequest request, UriInfo uri) {
        FamilyId family = FamilyId.parse(familyId);
        OpenEpisodeRequest body = Fields.body(request);
        Fields fields = new Fields();
        fields.required("serviceType", body.serviceType());
        PractitionerRef lead = fields.value("", () -> new PractitionerRef(body.leadPractitioner()));
        fields.required("openedOn", body.openedOn());
        var command = fields.build(() -> new OpenEpisode.Command(family, body.serviceType(), lead, body.openedOn()));
        Episode episode = openEpisode.open(actor.get(), command);
        return Response.created(uri.getBaseUriBuilder()
                        .path("episodes")
                        .path(episode.id().toString())
                        .build())
                .entity(EpisodeView.of(episode))
                .build();
    }

    @GET
    @Operation(
            operationId = "listFamilyEpisodes",
            summary = "List a family's episodes",
            description = "Most recently opened first, a page at a time. Each episode listed is recorded in the audit"
                    + " trail as read by you.")
    @APIResponse(responseCode = "200", description = "A page of episodes.")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid.")
    @Requires(Capability.READ_FAMILY_RECORDS)
    public PageResponse<EpisodeView> list(@PathParam("familyId") String familyId, @BeanParam PageParameters paging) {
        FamilyId family = FamilyId.parse(familyId);
        PageRequest page = paging.read();
        return PageResponse.of(listEpisodes.list(actor.get(), family, page), EpisodeView::of);
    }
}
