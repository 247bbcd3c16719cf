package org.cradle.adapters.rest.video;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.application.video.VideoSettings;
import org.cradle.domain.actor.Capability;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * tus discovery: what the upload endpoints speak. Apart from any episode, because it says nothing of
 * one: a client asks once, then creates uploads on the episodes it records in.
 */
@Path("/video-uploads")
@Tag(name = "Session videos")
@Authenticated
public class VideoUploadsDiscoveryResource {

    private final VideoSettings settings;

    public VideoUploadsDiscoveryResource(VideoSettings settings) {
        this.settings = settings;
    }

    @OPTIONS
    @Operation(
            operationId = "describeVideoUploads",
            summary = "What the tus upload endpoint supports",
            description = "tus discovery: the protocol version (1.0.0), the extensions (creation, termination) and"
                    + " the largest upload accepted (Tus-Max-Size, bytes).")
    @APIResponse(responseCode = "204", description = "Tus-Version, Tus-Extension and Tus-Max-Size say it.")
    @Requires(Capability.RECORD_VIDEOS)
    public Response describe() {
        return Response.noContent()
                .header(TusHeaders.RESUMABLE, TusHeaders.VERSION)
                .header("Tus-Version", TusHeaders.VERSION)
                .header("Tus-Extension", TusHeaders.EXTENSIONS)
                .header("Tus-Max-Size", settings.maxLength())
                .build();
    }
}
