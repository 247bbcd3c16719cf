package org.cradle.adapters.rest.video;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.application.video.ReadUploadOffset;
import org.cradle.application.video.ReceiveVideoBytes;
import org.cradle.application.video.TerminateVideoUpload;
import org.cradle.domain.TooLargeException;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.video.Video;
import org.cradle.domain.video.VideoId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One video's upload, by the tus 1.0.0 core protocol with termination: HEAD says how far it got, PATCH
 * appends at that offset, DELETE ends it. The body of a PATCH is streamed to storage as it arrives, never
 * held whole; a PATCH cut off keeps what arrived, and HEAD then says where to resume.
 */
@Path("/video-uploads/{videoId}")
@Tag(name = "Session videos")
@Authenticated
@APIResponse(
        responseCode = "404",
        description = "No such upload, one ended, or one of a family your organisation does not work with.")
public class VideoUploadResource {

    private final Provider<Actor> actor;
    private final ReadUploadOffset readOffset;
    private final ReceiveVideoBytes receiveBytes;
    private final TerminateVideoUpload terminate;

    public VideoUploadResource(
            Provider<Actor> actor,
            ReadUploadOffset readOffset,
            ReceiveVideoBytes receiveBytes,
            TerminateVideoUpload terminate) {
        this.actor = actor;
        this.readOffset = readOffset;
        this.receiveBytes = receiveBytes;
        this.terminate = terminate;
    }

    @HEAD
    @Operation(
            operationId = "getVideoUploadOffset",
            summary = "How far an upload got (tus)",
            description = "Upload-Offset is how many bytes are stored, Upload-Length how many the video has: resume"
                    + " with a PATCH at Upload-Offset. Only for whoever created the upload.")
    @Parameter(
            name = "Tus-Resumable",
            in = ParameterIn.HEADER,
            required = true,
            example = "1.0.0",
            schema = @Schema(maxLength = 8))
    @APIResponse(responseCode = "200", description = "Upload-Offset and Upload-Length say it.")
    @APIResponse(responseCode = "400", description = "Tus-Resumable is not a protocol version.")
    @APIResponse(responseCode = "403", description = "Your roles do not allow this, or the upload is someone else's.")
    @APIResponse(responseCode = "412", description = "Tus-Resumable is not 1.0.0.")
    @Requires(Capability.RECORD_VIDEOS)
    public Response offset(@PathParam("videoId") String videoId, @HeaderParam(TusHeaders.RESUMABLE) String resumable) {
        VideoId id = VideoId.parse(videoId);
        TusHeaders.requireVersionAlone(resumable);
        Video video = readOffset.read(actor.get(), id);
        return TusHeaders.tus(Response.ok())
                .header(TusHeaders.UPLOAD_OFFSET, video.received())
                .header(TusHeaders.UPLOAD_LENGTH, video.length())
                .build();
    }

    @PATCH
    @Blocking
    @Consumes(TusHeaders.OFFSET_OCTET_STREAM)
    @Operation(
            operationId = "appendVideoBytes",
            summary = "Append bytes to an upload (tus)",
            description = "Send Content-Type: application/offset+octet-stream, Tus-Resumable: 1.0.0 and"
                    + " Upload-Offset, the offset HEAD gave: the bytes are stored from there, sealed with the"
                    + " video's own key as they arrive. The first bytes must be an MP4, WebM or QuickTime video (told"
                    + " from the bytes, not from what the upload says); anything else ends the upload and keeps"
                    + " nothing. The answer's Upload-Offset is the new offset. Audited for each person who appears.")
    @Parameter(
            name = "Tus-Resumable",
            in = ParameterIn.HEADER,
            required = true,
            example = "1.0.0",
            schema = @Schema(maxLength = 8))
    @Parameter(
            name = "Upload-Offset",
            in = ParameterIn.HEADER,
            required = true,
            example = "0",
            schema = @Schema(maxLength = 19))
    @APIResponse(responseCode = "204", description = "Stored; Upload-Offset is the new offset.")
    @APIResponse(responseCode = "400", description = "Upload-Offset is missing or not a whole number.")
    @APIResponse(responseCode = "403", description = "Your roles do not allow this, or the upload is someone else's.")
    @APIResponse(
            responseCode = "409",
            description = "Upload-Offset is not where the upload is (offset-mismatch), another request is appending"
                    + " (upload-busy), or the upload has ended (upload-ended).")
    @APIResponse(responseCode = "412", description = "Tus-Resumable is not 1.0.0.")
    @APIResponse(responseCode = "413", description = "More bytes than the upload has left.")
    @APIResponse(responseCode = "415", description = "The body is not application/offset+octet-stream.")
    @APIResponse(
            responseCode = "422",
            description = "The bytes are not a video, or not of the declared type (not-a-video).")
    @APIResponse(
            responseCode = "503",
            description = "The store is unavailable, or too many uploads at once: try again.")
    @APIResponse(responseCode = "507", description = "The store is full: nothing of this request was kept.")
    @Requires(Capability.RECORD_VIDEOS)
    public Response append(
            @PathParam("videoId") String videoId,
            @HeaderParam(TusHeaders.RESUMABLE) String resumable,
            @HeaderParam(TusHeaders.UPLOAD_OFFSET) String uploadOffset,
            @Parameter(hidden = true) @HeaderParam("Content-Length") String contentLength,
            InputStream body) {
        return appendChecked(new Fields(), videoId, resumable, uploadOffset, contentLength, body);
    }

    private Response appendChecked(
            Fields fields,
            String videoId,
            String resumable,
            String uploadOffset,
            String contentLength,
            InputStream body) {
        VideoId id = VideoId.parse(videoId);
        TusHeaders.version(fields, resumable);
        Long offset = TusHeaders.bytes(fields, TusHeaders.UPLOAD_OFFSET, uploadOffset);
        Long declared = contentLength == null ? null : TusHeaders.bytes(fields, "Content-Length", contentLength);
        fields.build(() -> null);
        TusHeaders.requireVersion(resumable);
        Video before = readOffset.read(actor.get(), id);
        if (declared != null && offset != null && offset + declared > before.length()) {
            throw new TooLargeException(
                    "Content-Length",
                    "past-upload-length",
                    "The upload has " + (before.length() - offset) + " bytes left from " + offset + "; this request"
                            + " sends " + declared + ".");
        }
        Video after = receiveBytes.receive(actor.get(), id, offset, body);
        return TusHeaders.tus(Response.noContent())
                .header(TusHeaders.UPLOAD_OFFSET, after.received())
                .build();
    }

    /**
     * tus lets a client that cannot send PATCH (Java's HttpURLConnection cannot) send POST with {@code
     * X-HTTP-Method-Override: PATCH}; tus-java-client does. Anything else posted here is refused.
     */
    @POST
    @Blocking
    @Consumes(TusHeaders.OFFSET_OCTET_STREAM)
    @Operation(
            operationId = "appendVideoBytesOverridden",
            summary = "Append bytes to an upload, for clients that cannot send PATCH (tus)",
            description = "The same as PATCH, sent as POST with X-HTTP-Method-Override: PATCH, as tus allows for"
                    + " clients and proxies that cannot send PATCH.")
    @Parameter(
            name = "X-HTTP-Method-Override",
            in = ParameterIn.HEADER,
            required = true,
            example = "PATCH",
            schema = @Schema(maxLength = 8))
    @Parameter(
            name = "Tus-Resumable",
            in = ParameterIn.HEADER,
            required = true,
            example = "1.0.0",
            schema = @Schema(maxLength = 8))
    @Parameter(
            name = "Upload-Offset",
            in = ParameterIn.HEADER,
            required = true,
            example = "0",
            schema = @Schema(maxLength = 19))
    @APIResponse(responseCode = "204", description = "Stored; Upload-Offset is the new offset.")
    @APIResponse(
            responseCode = "400",
            description = "Upload-Offset is missing or invalid, or the override is not PATCH.")
    @APIResponse(responseCode = "403", description = "Your roles do not allow this, or the upload is someone else's.")
    @APIResponse(
            responseCode = "409",
            description = "Upload-Offset is not where the upload is, or the upload has ended.")
    @APIResponse(responseCode = "412", description = "Tus-Resumable is not 1.0.0.")
    @APIResponse(responseCode = "413", description = "More bytes than the upload has left.")
    @APIResponse(responseCode = "415", description = "The body is not application/offset+octet-stream.")
    @APIResponse(responseCode = "422", description = "The bytes are not a video, or not of the declared type.")
    @APIResponse(responseCode = "503", description = "The store is unavailable, or too many uploads at once.")
    @APIResponse(responseCode = "507", description = "The store is full.")
    @Requires(Capability.RECORD_VIDEOS)
    public Response appendOverridden(
            @PathParam("videoId") String videoId,
            @Parameter(hidden = true) @HeaderParam("X-HTTP-Method-Override") String override,
            @HeaderParam(TusHeaders.RESUMABLE) String resumable,
            @HeaderParam(TusHeaders.UPLOAD_OFFSET) String uploadOffset,
            @Parameter(hidden = true) @HeaderParam("Content-Length") String contentLength,
            InputStream body) {
        Fields fields = new Fields();
        if (!"PATCH".equals(override)) {
            fields.reject(
                    "X-HTTP-Method-Override",
                    "patch",
                    "Bytes are posted here only with X-HTTP-Method-Override: PATCH; otherwise send PATCH.");
        }
        return appendChecked(fields, videoId, resumable, uploadOffset, contentLength, body);
    }

    @DELETE
    @Operation(
            operationId = "terminateVideoUpload",
            summary = "End an upload (tus termination)",
            description = "Ends an upload that is not complete: its data key is destroyed and its bytes removed, so"
                    + " nothing of it stays. A complete video is deleted through its own deletion instead. Audited"
                    + " for each person who appears.")
    @Parameter(
            name = "Tus-Resumable",
            in = ParameterIn.HEADER,
            required = true,
            example = "1.0.0",
            schema = @Schema(maxLength = 8))
    @APIResponse(responseCode = "204", description = "Ended; nothing of it is kept.")
    @APIResponse(responseCode = "400", description = "Tus-Resumable is not a protocol version.")
    @APIResponse(responseCode = "403", description = "Your roles do not allow this, or the upload is someone else's.")
    @APIResponse(responseCode = "409", description = "The upload is complete: delete the video instead.")
    @APIResponse(responseCode = "412", description = "Tus-Resumable is not 1.0.0.")
    @Requires(Capability.RECORD_VIDEOS)
    public Response terminate(
            @PathParam("videoId") String videoId, @HeaderParam(TusHeaders.RESUMABLE) String resumable) {
        VideoId id = VideoId.parse(videoId);
        TusHeaders.requireVersionAlone(resumable);
        terminate.terminate(actor.get(), id);
        return TusHeaders.tus(Response.noContent()).build();
    }
}
