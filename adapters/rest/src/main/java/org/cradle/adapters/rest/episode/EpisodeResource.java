package org.cradle.adapters.rest.episode;

import io.quarkus.security.Authenticated;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.adapters.rest.episode.EpisodeMessages.CloseEpisodeRequest;
import org.cradle.adapters.rest.episode.EpisodeMessages.ClosureCorrectionRequest;
import org.cradle.adapters.rest.episode.EpisodeMessages.EpisodeView;
import org.cradle.adapters.rest.episode.EpisodeMessages.ReopenEpisodeRequest;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.application.episode.CloseEpisode;
import org.cradle.application.episode.CorrectEpisodeClosure;
import org.cradle.application.episode.GetEpisode;
import org.cradle.application.episode.ReopenEpisode;
import org.cradle.domain.Text;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.episode.AllegationOutcome;
import org.cradle.domain.episode.ClosureCorrection;
import org.cradle.domain.episode.EpisodeId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/episodes/{episodeId}")
@Tag(name = "Episodes")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such episode.")
public class EpisodeResource {

    private final Provider<Actor> actor;
    private final GetEpisode getEpisode;
    private final CloseEpisode closeEpisode;
    private final ReopenEpisode reopenEpisode;
    private final CorrectEpisodeClosure correctEpisodeClosure;

    public EpisodeResource(
            Provider<Actor> actor,
            GetEpisode getEpisode,
            CloseEpisode closeEpisode,
            ReopenEpisode reopenEpisode,
            CorrectEpisodeClosure correctEpisodeClosure) {
        this.actor = actor;
        this.getEpisode = getEpisode;
        this.closeEpisode = closeEpisode;
        this.reopenEpisode = reopenEpisode;
        this.correctEpisodeClosure = correctEpisodeClosure;
    }

    @GET
    @Operation(
            operationId = "getEpisode",
            summary = "Read an episode",
            description = "The episode with every period of its history. Audited.")
    @APIResponse(
            responseCode = "200",
            description = "The episode.",
            content = @Content(schema = @Schema(implementation = EpisodeView.class)))
    @Requires(Capability.READ_FAMILY_RECORDS)
    public EpisodeView get(@PathParam("episodeId") String episodeId) {
        return EpisodeView.of(getEpisode.get(actor.get(), EpisodeId.parse(episodeId)));
    }

    @POST
    @Path("/closure")
    @Operation(
            operationId = "closeEpisode",
            summary = "Close an episode",
            description = "Closes open work. The close date starts the retention clock of the episode's records. An"
                    + " allegation's close is its conclusion and records its outcome: the finding, who made it and"
                    + " why; a MALICIOUS finding makes its record due for destruction at once. Audited"
                    + " (EPISODE_CLOSED).")
    @APIResponse(
            responseCode = "200",
            description = "The episode as now stored.",
            content = @Content(schema = @Schema(implementation = EpisodeView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid.")
    @APIResponse(responseCode = "409", description = "The episode changed since you read it.")
    @APIResponse(
            responseCode = "422",
            description = "The episode is already closed (episode-not-open), or an outcome was given for work that is"
                    + " not an allegation (not-an-allegation).")
    @Requires(Capability.WRITE_FAMILY_RECORDS)
    public EpisodeView close(@PathParam("episodeId") String episodeId, CloseEpisodeRequest request) {
        EpisodeId id = EpisodeId.parse(episodeId);
        CloseEpisodeRequest body = Fields.body(request);
        Fields fields = new Fields();
        fields.required("closedOn", body.closedOn());
        Long version = fields.required("version", body.version());
        AllegationOutcome.Statement outcome =
                body.outcome() == null ? null : body.outcome().read(fields, "outcome.");
        var command =
                fields.build(() -> new CloseEpisode.Command(id, version, body.closedOn(), body.reason(), outcome));
        return EpisodeView.of(closeEpisode.close(actor.get(), command));
    }

    @POST
    @Path("/closure/corrections")
    @Operation(
            operationId = "correctEpisodeClosure",
            summary = "Correct an episode's close after the fact",
            description = "Corrects the recorded close of a closed episode: the day the work really stopped, which"
                    + " may be in the past on purpose (not before the period opened, not in the future), or an"
                    + " ALLEGATION episode's real outcome, or both, with the reason. The ordinary close refuses a"
                    + " closed episode (episode-not-open): this is the only way to change a recorded close, and it"
                    + " is kept in the episode's corrections with what it replaced, who made it and when. The"
                    + " family's retention dates move with it. Audited (EPISODE_CLOSURE_CORRECTED).")
    @APIResponse(
            responseCode = "200",
            description = "The episode as now stored, with the correction.",
            content = @Content(schema = @Schema(implementation = EpisodeView.class)))
    @APIResponse(
            responseCode = "400",
            description = "A field is missing or invalid; a correction names closedOn, outcome or both.")
    @APIResponse(responseCode = "409", description = "The episode changed since you read it.")
    @APIResponse(
            responseCode = "422",
            description = "The episode is open (episode-not-closed), the correction says what the close already says"
                    + " (nothing-corrected), or an outcome was given for work that is not an allegation"
                    + " (not-an-allegation).")
    @Requires(Capability.WRITE_FAMILY_RECORDS)
    public EpisodeView correctClosure(@PathParam("episodeId") String episodeId, ClosureCorrectionRequest request) {
        EpisodeId id = EpisodeId.parse(episodeId);
        ClosureCorrectionRequest body = Fields.body(request);
        Fields fields = new Fields();
        Long version = fields.required("version", body.version());
        String reason = fields.value(
                "", () -> Text.requiredParagraphs("reason", body.reason(), ClosureCorrection.MAX_REASON_LENGTH));
        AllegationOutcome.Statement outcome =
                body.outcome() == null ? null : body.outcome().read(fields, "outcome.");
        if (body.closedOn() == null && body.outcome() == null) {
            fields.reject("closedOn", "required", "A correction names the closedOn or the outcome it corrects.");
        }
        var command =
                fields.build(() -> new CorrectEpisodeClosure.Command(id, version, body.closedOn(), outcome, reason));
        return EpisodeView.of(correctEpisodeClosure.correct(actor.get(), command));
    }

    @POST
    @Path("/reopening")
    @Operation(
            operationId = "reopenEpisode",
            summary = "Reopen an episode",
            description = "Takes up closed work again. Earlier periods are kept; retention runs from the latest close.")
    @APIResponse(
            responseCode = "200",
            description = "The episode as now stored.",
            content = @Content(schema = @Schema(implementation = EpisodeView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid.")
    @APIResponse(responseCode = "409", description = "The episode changed since you read it.")
    @APIResponse(responseCode = "422", description = "The episode is open.")
    @Requires(Capability.WRITE_FAMILY_RECORDS)
    public EpisodeView reopen(@PathParam("episodeId") String episodeId, ReopenEpisodeRequest request) {
        EpisodeId id = EpisodeId.parse(episodeId);
        ReopenEpisodeRequest body = Fields.body(request);
        Fields fields = new Fields();
        fields.required("reopenedOn", body.reopenedOn());
        Long version = fields.required("version", body.version());
        var command = fields.build(() -> new ReopenEpisode.Command(id, version, body.reopenedOn()));
        return EpisodeView.of(reopenEpisode.reopen(actor.get(), command));
    }
}
