package org.cradle.adapters.rest.video;

import io.quarkus.security.Authenticated;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.adapters.rest.video.VideoMessages.DecideOwnershipRequest;
import org.cradle.adapters.rest.video.VideoMessages.IntegrityView;
import org.cradle.adapters.rest.video.VideoMessages.RecordSummaryRequest;
import org.cradle.adapters.rest.video.VideoMessages.VersionRequest;
import org.cradle.adapters.rest.video.VideoMessages.VideoView;
import org.cradle.application.video.CheckVideoIntegrity;
import org.cradle.application.video.DecideVideoOwnership;
import org.cradle.application.video.DeleteVideo;
import org.cradle.application.video.GetVideo;
import org.cradle.application.video.PlayVideo;
import org.cradle.application.video.Playback;
import org.cradle.application.video.RangeRequest;
import org.cradle.application.video.RecordVideoSummary;
import org.cradle.application.video.ReturnVideoToParent;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.access.VideoUse;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.video.OwnershipDecision;
import org.cradle.domain.video.VideoId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/videos/{videoId}")
@Tag(name = "Session videos")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
        responseCode = "404",
        description = "No such video, or one held by another organisation (videos are never seen elsewhere).")
public class VideoResource {

    /** One range, as RFC 9110 writes it; a list of ranges is answered with the whole video, as it allows. */
    private static final Pattern LIST_OF_RANGES = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,15}=[0-9, -]{1,47}");

    private static final Pattern RANGE = Pattern.compile("bytes=(?:(\\d{1,19})-(\\d{0,19})|-(\\d{1,19}))");

    private final Provider<Actor> actor;
    private final GetVideo getVideo;
    private final PlayVideo playVideo;
    private final DecideVideoOwnership decideOwnership;
    private final RecordVideoSummary recordSummary;
    private final ReturnVideoToParent returnToParent;
    private final DeleteVideo deleteVideo;
    private final CheckVideoIntegrity checkIntegrity;

    public VideoResource(
            Provider<Actor> actor,
            GetVideo getVideo,
            PlayVideo playVideo,
            DecideVideoOwnership decideOwnership,
            RecordVideoSummary recordSummary,
            ReturnVideoToParent returnToParent,
            DeleteVideo deleteVideo,
            CheckVideoIntegrity checkIntegrity) {
        this.actor = actor;
        this.getVideo = getVideo;
        this.playVideo = playVideo;
        this.decideOwnership = decideOwnership;
        this.recordSummary = recordSummary;
        this.returnToParent = returnToParent;
        this.deleteVideo = deleteVideo;
        this.checkIntegrity = checkIntegrity;
    }

    @GET
    @Operation(
            operationId = "getVideo",
            summary = "Read a session video's record",
            description = "Who appears, when and by whom it was filmed, what for, its state, ownership and"
                    + " decisions, its SHA-256: never its picture. Only for the organisation that holds it."
                    + " Audited for each person who appears.")
    @APIResponse(
            responseCode = "200",
            description = "The video's record.",
            content = @Content(schema = @Schema(implementation = VideoView.class)))
    @APIResponse(responseCode = "403", description = "Your roles do not allow this.")
    @Requires(Capability.WATCH_VIDEOS)
    public VideoView get(@PathParam("videoId") String videoId) {
        return VideoView.of(getVideo.get(actor.get(), VideoId.parse(videoId)));
    }

    @GET
    @Path("/content")
    @Produces({"video/mp4", "video/webm", "video/quicktime", MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "playVideo",
            summary = "Play a session video, or a range of it",
            description = "The video's bytes, decrypted as they are sent: with Range: bytes=first-last (or first-,"
                    + " or -suffix) only that range (206, Content-Range), decrypting only the parts it touches, so a"
                    + " player seeks at once in a large file; If-Range with the ETag sends the range only if the"
                    + " video is the same. use says why it is played: WORK (its circle: whoever filmed it, the lead"
                    + " practitioner, the team around the family, safeguarding leads), SUPERVISION (also team"
                    + " managers) or TRAINING; supervision and training need the consent to that use of every adult"
                    + " who appears, in force today. Audited once per playback session, not per range.")
    @Parameter(name = "Range", in = ParameterIn.HEADER, example = "bytes=0-1048575", schema = @Schema(maxLength = 64))
    @Parameter(
            name = "If-Range",
            in = ParameterIn.HEADER,
            schema = @Schema(maxLength = 80),
            example = "\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\"")
    @APIResponse(
            responseCode = "200",
            description = "The whole video.",
            content = {
                @Content(mediaType = "video/mp4", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "video/webm", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "video/quicktime", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(
            responseCode = "206",
            description = "The range asked for; Content-Range says which bytes of how many.",
            content = {
                @Content(mediaType = "video/mp4", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "video/webm", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "video/quicktime", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(
            responseCode = "400",
            description =
                    "use is not one of WORK, SUPERVISION, TRAINING; Range is no byte range; If-Range is no entity tag.")
    @APIResponse(
            responseCode = "403",
            description = "Your roles or your part in the work do not allow this use, or a consent to it is not in"
                    + " force (naming whose).")
    @APIResponse(
            responseCode = "409",
            description = "The video is not complete, was deleted, or failed its integrity check (integrity-failed).")
    @APIResponse(
            responseCode = "416",
            description = "The range is not within the video; Content-Range: bytes */length.")
    @Requires(Capability.WATCH_VIDEOS)
    public Response play(
            @PathParam("videoId") String videoId,
            @Parameter(
                            description = "Why it is played; WORK when absent.",
                            example = "WORK",
                            schema =
                                    @Schema(
                                            enumeration = {"WORK", "SUPERVISION", "TRAINING"},
                                            maxLength = 11))
                    @QueryParam("use")
                    String use,
            @HeaderParam("Range") String range,
            @HeaderParam("If-Range") String ifRange) {
        Playback playback = playback(videoId, use, range, ifRange);
        StreamingOutput body = playback::writeTo;
        return headers(playback, Response.status(playback.partial() ? 206 : 200).entity(body))
                .build();
    }

    @HEAD
    @Path("/content")
    @Operation(
            operationId = "describeVideoContent",
            summary = "The headers of a playback, without the bytes",
            description = "What GET would answer (length, type, ETag, Content-Range), without the video's bytes.")
    @APIResponse(responseCode = "200", description = "The whole video's headers.")
    @APIResponse(responseCode = "206", description = "The range's headers.")
    @APIResponse(responseCode = "400", description = "use, Range or If-Range is not one Cradle reads.")
    @APIResponse(
            responseCode = "403",
            description = "Your roles, your part in the work or the consents do not allow this use.")
    @APIResponse(responseCode = "416", description = "The range is not within the video.")
    @Requires(Capability.WATCH_VIDEOS)
    public Response describe(
            @PathParam("videoId") String videoId,
            @Parameter(
                            description = "Why it is played; WORK when absent.",
                            example = "WORK",
                            schema =
                                    @Schema(
                                            enumeration = {"WORK", "SUPERVISION", "TRAINING"},
                                            maxLength = 11))
                    @QueryParam("use")
                    String use,
            @Parameter(example = "bytes=0-1048575", schema = @Schema(maxLength = 64)) @HeaderParam("Range")
                    String range,
            @Parameter(schema = @Schema(maxLength = 80)) @HeaderParam("If-Range") String ifRange) {
        Playback playback = playback(videoId, use, range, ifRange);
        return headers(playback, Response.status(playback.partial() ? 206 : 200))
                .build();
    }

    @POST
    @Path("/ownership-decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "decideVideoOwnership",
            summary = "Decide whose a video is",
            description =
                    "PARENT_PROPERTY (kept only for the work, then given back or deleted) or FORMAL_RECORD"
                            + " (part of the infant's record, kept as long as it): a recorded decision with its reason, by the"
                            + " video's circle or a team manager. Send the version you read. Audited for each person who appears.")
    @APIResponse(
            responseCode = "200",
            description = "The video with the decision.",
            content = @Content(schema = @Schema(implementation = VideoView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid.")
    @APIResponse(responseCode = "403", description = "Your roles or your part in the work do not allow this.")
    @APIResponse(
            responseCode = "409",
            description = "Changed since you read it, already so, returned to the parent, or not complete.")
    @Requires(Capability.RECORD_VIDEOS)
    public VideoView decide(@PathParam("videoId") String videoId, DecideOwnershipRequest request) {
        VideoId id = VideoId.parse(videoId);
        DecideOwnershipRequest body = Fields.body(request);
        Fields fields = new Fields();
        Long version = fields.required("version", body.version());
        fields.required("ownership", body.ownership());
        // Held to its bound here, before the version is compared: a reason too long is the request's fault.
        String reason = fields.value(
                "",
                () -> org.cradle.domain.Text.required("reason", body.reason(), OwnershipDecision.MAX_REASON_LENGTH));
        fields.build(() -> null);
        return VideoView.of(decideOwnership.decide(actor.get(), id, version, body.ownership(), reason));
    }

    @POST
    @Path("/summary")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "recordVideoSummary",
            summary = "Record that a summary of the video was written into the record",
            description = "The day an accurate summary of the video was written into the infant's record: the"
                    + " recording's retention runs from then (NHS-RECORDING), unless it is part of the formal record."
                    + " Once. Audited for each person who appears.")
    @APIResponse(
            responseCode = "200",
            description = "The video with the summary's date.",
            content = @Content(schema = @Schema(implementation = VideoView.class)))
    @APIResponse(
            responseCode = "400",
            description = "A field is missing or invalid (writtenOn before the recording or in the future).")
    @APIResponse(responseCode = "403", description = "Your roles or your part in the work do not allow this.")
    @APIResponse(responseCode = "409", description = "Changed since you read it, or a summary was already recorded.")
    @Requires(Capability.RECORD_VIDEOS)
    public VideoView summary(@PathParam("videoId") String videoId, RecordSummaryRequest request) {
        VideoId id = VideoId.parse(videoId);
        RecordSummaryRequest body = Fields.body(request);
        Fields fields = new Fields();
        Long version = fields.required("version", body.version());
        fields.required("writtenOn", body.writtenOn());
        fields.build(() -> null);
        return VideoView.of(recordSummary.record(actor.get(), id, version, body.writtenOn()));
    }

    @POST
    @Path("/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({"video/mp4", "video/webm", "video/quicktime", MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "returnVideoToParent",
            summary = "Download the parent's one copy: the video given back",
            description = "The whole video, once: recorded as given back to the parent before a byte is sent; a"
                    + " second request is refused. A POST with the version you read, not a GET, so that nothing that"
                    + " fetches links ahead (a browser, a proxy) can take the parent's one copy. Only a video that is"
                    + " the parent's property, by its circle or a team manager. Delete it afterwards. Audited for each"
                    + " person who appears.")
    @APIResponse(
            responseCode = "200",
            description = "The whole video, as an attachment.",
            content = {
                @Content(mediaType = "video/mp4", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "video/webm", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "video/quicktime", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "403", description = "Your roles or your part in the work do not allow this.")
    @APIResponse(responseCode = "400", description = "version is missing.")
    @APIResponse(
            responseCode = "409",
            description = "Changed since you read it, already downloaded (already-returned), or not complete.")
    @APIResponse(responseCode = "422", description = "The video is part of the formal record (formal-record).")
    @Requires(Capability.RECORD_VIDEOS)
    public Response giveBack(@PathParam("videoId") String videoId, VersionRequest request) {
        VideoId id = VideoId.parse(videoId);
        VersionRequest body = Fields.body(request);
        Fields fields = new Fields();
        Long version = fields.required("version", body.version());
        fields.build(() -> null);
        Playback playback = returnToParent.giveBack(actor.get(), id, version);
        StreamingOutput bytes = playback::writeTo;
        String extension =
                switch (playback.video().format().orElseThrow()) {
                    case MP4 -> "mp4";
                    case WEBM -> "webm";
                    case QUICKTIME -> "mov";
                };
        return headers(playback, Response.ok(bytes))
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"video-" + playback.video().id() + "." + extension + "\"")
                .build();
    }

    @POST
    @Path("/deletion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "deleteVideo",
            summary = "Delete a video (crypto-shredding)",
            description = "At the parent's request or after its return: its data key is destroyed, so no copy of its"
                    + " bytes can be read again, and its bytes are removed. The record stays, saying when. A video"
                    + " of the formal record is kept, and destroyed, as that record is. Send the version you read."
                    + " Audited for each person who appears.")
    @APIResponse(
            responseCode = "200",
            description = "The video as deleted (state DESTROYED).",
            content = @Content(schema = @Schema(implementation = VideoView.class)))
    @APIResponse(responseCode = "400", description = "version is missing.")
    @APIResponse(responseCode = "403", description = "Your roles or your part in the work do not allow this.")
    @APIResponse(responseCode = "409", description = "Changed since you read it, or already deleted.")
    @APIResponse(responseCode = "422", description = "The video is part of the formal record (formal-record).")
    @Requires(Capability.RECORD_VIDEOS)
    public VideoView delete(@PathParam("videoId") String videoId, VersionRequest request) {
        VideoId id = VideoId.parse(videoId);
        VersionRequest body = Fields.body(request);
        Fields fields = new Fields();
        Long version = fields.required("version", body.version());
        fields.build(() -> null);
        return VideoView.of(deleteVideo.delete(actor.get(), id, version));
    }

    @POST
    @Path("/integrity-check")
    @Operation(
            operationId = "checkVideoIntegrity",
            summary = "Check a video's stored bytes",
            description = "Reads every sealed part through, which fails for a part altered, swapped, cut or missing,"
                    + " and compares the SHA-256 of the whole with the one taken on the way in. A video that fails is"
                    + " marked FAILED and not served until restored and checked again. For those who run video storage;"
                    + " also done in the background.")
    @APIResponse(
            responseCode = "200",
            description = "What the check found; nothing about who appears in it.",
            content = @Content(schema = @Schema(implementation = IntegrityView.class)))
    @APIResponse(responseCode = "403", description = "Your roles do not allow this.")
    @Requires(Capability.MANAGE_VIDEO_STORAGE)
    public IntegrityView check(@PathParam("videoId") String videoId) {
        return IntegrityView.of(checkIntegrity.check(actor.get(), VideoId.parse(videoId)));
    }

    private Playback playback(String videoId, String use, String range, String ifRange) {
        VideoId id = VideoId.parse(videoId);
        Fields fields = new Fields();
        VideoUse why = fields.value("", () -> use(use));
        Optional<RangeRequest> asked = range(fields, range);
        String copy = ifRange(fields, ifRange);
        fields.build(() -> null);
        return playVideo.play(actor.get(), id, why, asked, copy);
    }

    /** An entity tag, as Cradle gives them; a date (which Cradle never gives) never matches, so sends the whole. */
    private static final Pattern ENTITY_TAG = Pattern.compile("(W/)?\"[\\x21\\x23-\\x7e]{0,72}\"");

    private static final Pattern HTTP_DATE =
            Pattern.compile("[A-Za-z]{3}, [0-9]{2} [A-Za-z]{3} [0-9]{4} [0-9:]{8} GMT");

    private static String ifRange(Fields fields, String header) {
        if (header == null) {
            return null;
        }
        if (ENTITY_TAG.matcher(header).matches()) {
            return header;
        }
        if (HTTP_DATE.matcher(header).matches()) {
            return "";
        }
        fields.reject("If-Range", "entity-tag", "If-Range is the ETag of a playback, as Cradle sent it.");
        return null;
    }

    private static VideoUse use(String use) {
        if (use == null || use.isBlank()) {
            return VideoUse.WORK;
        }
        try {
            return VideoUse.valueOf(use);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("use", "one-of", "use is one of WORK, SUPERVISION, TRAINING.");
        }
    }

    /**
     * The one range asked for. A list of byte ranges, or a unit other than bytes, is answered with the whole
     * video, as RFC 9110 allows; what is no range at all (no unit, characters a range never holds, longer
     * than any) is a 400 naming Range.
     */
    private static Optional<RangeRequest> range(Fields fields, String header) {
        if (header == null) {
            return Optional.empty();
        }
        if (header.length() > 64 || !LIST_OF_RANGES.matcher(header).matches()) {
            fields.reject("Range", "byte-range", "Range is bytes=first-last, bytes=first- or bytes=-suffix.");
            return Optional.empty();
        }
        Matcher matcher = RANGE.matcher(header.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            if (matcher.group(3) != null) {
                return Optional.of(new RangeRequest(null, null, Long.parseLong(matcher.group(3))));
            }
            long first = Long.parseLong(matcher.group(1));
            Long last = matcher.group(2).isEmpty() ? null : Long.parseLong(matcher.group(2));
            return last != null && last < first ? Optional.empty() : Optional.of(new RangeRequest(first, last, null));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Response.ResponseBuilder headers(Playback playback, Response.ResponseBuilder response) {
        response.type(playback.video().format().orElseThrow().mediaType())
                .header("Accept-Ranges", "bytes")
                .header("ETag", playback.etag())
                .header("Content-Length", playback.range().length())
                .header("Cache-Control", "private, no-store")
                .header("X-Content-Type-Options", "nosniff");
        if (playback.partial()) {
            response.header(
                    "Content-Range",
                    "bytes " + playback.range().first() + "-" + playback.range().last() + "/"
                            + playback.video().length());
        }
        return response;
    }
}
