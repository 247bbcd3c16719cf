package org.cradle.adapters.rest.video;

import io.quarkus.security.Authenticated;
import jakarta.inject.Provider;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cradle.adapters.rest.PageParameters;
import org.cradle.adapters.rest.PageResponse;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.adapters.rest.video.VideoMessages.VideoView;
import org.cradle.application.video.CreateVideoUpload;
import org.cradle.application.video.ListEpisodeVideos;
import org.cradle.application.video.VideoSettings;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.video.Video;
import org.cradle.domain.video.VideoDetails;
import org.cradle.domain.video.VideoFormat;
import org.cradle.domain.video.VideoPurpose;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/episodes/{episodeId}")
@Tag(name = "Session videos")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
        responseCode = "404",
        description = "No such episode, or one of a family your organisation does not work with.")
public class EpisodeVideosResource {

    private final Provider<Actor> actor;
    private final CreateVideoUpload createUpload;
    private final ListEpisodeVideos listVideos;
    private final VideoSettings settings;

    public EpisodeVideosResource(
            Provider<Actor> actor,
            CreateVideoUpload createUpload,
            ListEpisodeVideos listVideos,
            VideoSettings settings) {
        this.actor = actor;
        this.createUpload = createUpload;
        this.listVideos = listVideos;
        this.settings = settings;
    }

    @POST
    @Path("/video-uploads")
    @Operation(
            operationId = "createVideoUpload",
            summary = "Create a resumable upload of a session video (tus)",
            description = "tus 1.0.0 creation: send no body, Tus-Resumable: 1.0.0, Upload-Length (bytes, up to the"
                    + " configured limit, 8 GB by default) and Upload-Metadata, comma-separated pairs of a key and"
                    + " its base64 value: appearing (the ids of the family members who appear, comma-separated),"
                    + " recordedOn (YYYY-MM-DD), recordedBy (who filmed it; you by default), purposes"
                    + " (comma-separated: INTERACTION_GUIDANCE, VIDEO_FEEDBACK, ASSESSMENT, SUPERVISION, TRAINING),"
                    + " filename and filetype (video/mp4, video/webm or video/quicktime; the bytes must agree)."
                    + " Location names the upload: PATCH the bytes there. Refused unless every adult who appears has"
                    + " a consent in force to being recorded given to your organisation; the episode must be your"
                    + " organisation's and open. Audited for each person who appears.")
    @Parameter(
            name = "Tus-Resumable",
            in = ParameterIn.HEADER,
            required = true,
            example = "1.0.0",
            schema = @Schema(maxLength = 8))
    @Parameter(
            name = "Upload-Length",
            in = ParameterIn.HEADER,
            required = true,
            example = "734003200",
            schema = @Schema(maxLength = 19))
    @Parameter(
            name = "Upload-Metadata",
            in = ParameterIn.HEADER,
            required = true,
            example = "appearing YTNlNWY3YjktMWMyZC00ZTZmLThhMGItYzFkMmUzZjRhNWI2,recordedOn MjAyNi0xMS0yMA==,"
                    + "purposes SU5URVJBQ1RJT05fR1VJREFOQ0U=,filetype dmlkZW8vbXA0",
            schema = @Schema(maxLength = 4096))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the upload, to PATCH the bytes to.",
            content = @Content(schema = @Schema(implementation = VideoView.class)))
    @APIResponse(responseCode = "400", description = "A header or a metadata value is missing or invalid.")
    @APIResponse(
            responseCode = "403",
            description = "Your roles do not allow this, or the episode is another organisation's.")
    @APIResponse(responseCode = "412", description = "Tus-Resumable is not 1.0.0.")
    @APIResponse(responseCode = "413", description = "Upload-Length is over the limit (Tus-Max-Size).")
    @APIResponse(
            responseCode = "422",
            description = "An adult who appears has no consent in force to being recorded (no-recording-consent, naming"
                    + " them), or someone named is not a member of the family (not-a-member).")
    @Requires(Capability.RECORD_VIDEOS)
    public Response create(
            @PathParam("episodeId") String episodeId,
            @HeaderParam(TusHeaders.RESUMABLE) String resumable,
            @HeaderParam(TusHeaders.UPLOAD_LENGTH) String uploadLength,
            @HeaderParam(TusHeaders.UPLOAD_METADATA) String uploadMetadata,
            UriInfo uri) {
        EpisodeId episode = EpisodeId.parse(episodeId);
        Fields fields = new Fields();
        TusHeaders.version(fields, resumable);
        Long length = TusHeaders.bytes(fields, TusHeaders.UPLOAD_LENGTH, uploadLength);
        Map<String, String> metadata = TusHeaders.metadata(fields, uploadMetadata);
        Set<PersonId> appearing = people(fields, metadata.get("appearing"));
        LocalDate recordedOn = date(fields, metadata.get("recordedOn"));
        Set<VideoPurpose> purposes = purposes(fields, metadata.get("purposes"));
        Optional<VideoFormat> declared = format(fields, metadata.get("filetype"));
        String recordedBy = Optional.ofNullable(metadata.get("recordedBy"))
                .filter(value -> !value.isBlank())
                .orElse(actor.get().subject());
        VideoDetails details = appearing == null || recordedOn == null || purposes == null
                ? null
                : fields.value(
                        META,
                        () -> new VideoDetails(appearing, recordedOn, recordedBy, purposes, metadata.get("filename")));
        var command = fields.build(() -> new CreateVideoUpload.Command(episode, details, length, declared));
        TusHeaders.requireVersion(resumable);
        Video video = createUpload.create(actor.get(), command);
        return TusHeaders.tus(Response.created(uri.getBaseUriBuilder()
                                .path("video-uploads")
                                .path(video.id().toString())
                                .build())
                        .header(TusHeaders.UPLOAD_OFFSET, 0))
                .entity(VideoView.of(video))
                .build();
    }

    @GET
    @Path("/videos")
    @Operation(
            operationId = "listEpisodeVideos",
            summary = "List an episode's session videos",
            description = "The episode's videos, newest first, a page at a time, uploads still in progress"
                    + " included; never abandoned ones. Only for the organisation holding the episode: videos are"
                    + " never seen by another. Each video listed is audited as read, for each person who appears.")
    @APIResponse(responseCode = "200", description = "A page of videos.")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid.")
    @APIResponse(responseCode = "403", description = "Your roles do not allow this.")
    @Requires(Capability.WATCH_VIDEOS)
    public PageResponse<VideoView> list(@PathParam("episodeId") String episodeId, @BeanParam PageParameters paging) {
        EpisodeId episode = EpisodeId.parse(episodeId);
        return PageResponse.of(listVideos.list(actor.get(), episode, paging.read()), VideoView::of);
    }

    /** Metadata values are fields of Upload-Metadata: a refusal names them so. */
    private static final String META = TusHeaders.UPLOAD_METADATA + ".";

    private static Set<PersonId> people(Fields fields, String value) {
        if (value == null || value.isBlank()) {
            fields.reject(META + "appearing", "required", "appearing must name at least one person.");
            return null;
        }
        Set<PersonId> people = new HashSet<>();
        String[] ids = value.split(",", -1);
        if (ids.length > VideoDetails.MAX_APPEARING) {
            fields.reject(
                    META + "appearing",
                    "max-items",
                    "appearing may name at most " + VideoDetails.MAX_APPEARING + " people.");
            return null;
        }
        for (String id : ids) {
            PersonId person;
            try {
                person = new PersonId(java.util.UUID.fromString(id.trim()));
            } catch (IllegalArgumentException e) {
                fields.reject(META + "appearing", "uuid", "appearing holds person ids (UUIDs), comma-separated.");
                return null;
            }
            if (!people.add(person)) {
                fields.reject(META + "appearing", "duplicate", "appearing names " + person + " twice.");
            }
        }
        return people;
    }

    private static LocalDate date(Fields fields, String value) {
        if (value == null || value.isBlank()) {
            fields.reject(META + "recordedOn", "required", "recordedOn is required.");
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            fields.reject(META + "recordedOn", "date", "recordedOn must be a date written YYYY-MM-DD.");
            return null;
        }
    }

    private static Set<VideoPurpose> purposes(Fields fields, String value) {
        if (value == null || value.isBlank()) {
            fields.reject(META + "purposes", "required", "purposes must name at least one value.");
            return null;
        }
        Set<VideoPurpose> purposes = new HashSet<>();
        for (String name : value.split(",", -1)) {
            try {
                purposes.add(VideoPurpose.valueOf(name.trim()));
            } catch (IllegalArgumentException e) {
                fields.reject(
                        META + "purposes",
                        "one-of",
                        "purposes are among " + Arrays.toString(VideoPurpose.values()) + ".");
                return null;
            }
        }
        return purposes;
    }

    private static Optional<VideoFormat> format(Fields fields, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Arrays.stream(VideoFormat.values())
                .filter(format -> format.mediaType().equals(value.trim()))
                .findFirst()
                .or(() -> {
                    fields.reject(
                            META + "filetype",
                            "video-type",
                            "filetype must be video/mp4, video/webm or video/quicktime: Cradle keeps no other.");
                    return Optional.empty();
                });
    }
}
