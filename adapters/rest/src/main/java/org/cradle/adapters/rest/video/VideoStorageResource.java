package org.cradle.adapters.rest.video;

import io.quarkus.security.Authenticated;
import jakarta.inject.Provider;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.adapters.rest.video.VideoMessages.RewrapView;
import org.cradle.application.video.RewrapVideoKeys;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.video.VideoId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/video-storage")
@Tag(name = "Session videos")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class VideoStorageResource {

    private final Provider<Actor> actor;
    private final RewrapVideoKeys rewrap;

    public VideoStorageResource(Provider<Actor> actor, RewrapVideoKeys rewrap) {
        this.actor = actor;
        this.rewrap = rewrap;
    }

    @POST
    @Path("/key-rewrap")
    @Operation(
            operationId = "rewrapVideoKeys",
            summary = "Re-wrap every video's data key by the primary master key",
            description = "After a new primary key is added to the master keyset (docs/operations.md), re-wraps each"
                    + " video's data key by it, without reading or rewriting a byte of any video; then the old master"
                    + " key can be removed. Idempotent: keys already wrapped by the primary are left alone. For"
                    + " administrators.")
    @APIResponse(
            responseCode = "200",
            description = "How many keys were re-wrapped.",
            content = @Content(schema = @Schema(implementation = RewrapView.class)))
    @APIResponse(responseCode = "403", description = "Your roles do not allow this.")
    @Requires(Capability.MANAGE_VIDEO_STORAGE)
    public RewrapView rewrap() {
        RewrapVideoKeys.Rewrapped done = rewrap.rewrap(actor.get());
        return new RewrapView(
                done.count(),
                done.primaryMasterKey(),
                done.unreadable(),
                done.unreadableVideos().stream().map(VideoId::value).toList());
    }
}
