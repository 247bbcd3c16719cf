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
import java.time.Instant;
import java.time.LocalDate;
import org.cradle.adapters.rest.PageParameters;
import org.cradle.adapters.rest.PageResponse;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.application.episode.JoinTeam;
import org.cradle.application.episode.LeaveTeam;
import org.cradle.application.episode.ListTeam;
import org.cradle.domain.Text;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.episode.PractitionerRef;
import org.cradle.domain.episode.TeamMembership;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The named team around the family of an episode: who joined, who left, when. */
@Path("/episodes/{episodeId}/team")
@Tag(name = "Episodes")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such episode, or not one you may see.")
public class EpisodeTeamResource {

    @Schema(name = "JoinTeamRequest", description = "A practitioner to name on the team around the family.")
    public record JoinTeamRequest(
            @Schema(
                            required = true,
                            maxLength = PractitionerRef.MAX_LENGTH,
                            description = "The practitioner, as your identity provider names them (the token subject).",
                            example = "h.visitor")
                    String practitioner,
            @Schema(required = true, description = "Not in the future.", example = "2026-11-02") LocalDate joinedOn) {}

    @Schema(name = "LeaveTeamRequest", description = "A practitioner who leaves the team around the family.")
    public record LeaveTeamRequest(
            @Schema(required = true, maxLength = PractitionerRef.MAX_LENGTH, example = "h.visitor") String practitioner,
            @Schema(
                            required = true,
                            description =
                                    "The day they leave: from this day they no longer see the family's case notes."
                                            + " Not before they joined, not in the future.",
                            example = "2026-11-30")
                    LocalDate leftOn) {}

    @Schema(name = "TeamMember", description = "A practitioner's place on the team around the family.")
    public record TeamMemberView(
            @Schema(example = "h.visitor", maxLength = PractitionerRef.MAX_LENGTH) String practitioner,
            @Schema(example = "2026-11-02") LocalDate joinedOn,
            @Schema(nullable = true, description = "Absent while they are on the team.", example = "2026-11-30")
                    LocalDate leftOn,
            @Schema(description = "Who named them.", example = "j.mensah", maxLength = Actor.MAX_SUBJECT_LENGTH)
                    String addedBy,
            Instant addedAt) {

        static TeamMemberView of(TeamMembership membership) {
            return new TeamMemberView(
                    membership.practitioner().value(),
                    membership.joinedOn(),
                    membership.leftOn(),
                    membership.addedBy(),
                    membership.addedAt());
        }
    }

    private final Provider<Actor> actor;
    private final JoinTeam joinTeam;
    private final LeaveTeam leaveTeam;
    private final ListTeam listTeam;

    public EpisodeTeamResource(Provider<Actor> actor, JoinTeam joinTeam, LeaveTeam leaveTeam, ListTeam listTeam) {
        this.actor = actor;
        this.joinTeam = joinTeam;
        this.leaveTeam = leaveTeam;
        this.listTeam = listTeam;
    }

    @GET
    @Operation(
            operationId = "listEpisodeTeam",
            summary = "List the team around the family",
            description = "Who is and was on the team of this episode, in the order they joined. Recorded in the audit"
                    + " trail as read by you.")
    @APIResponse(responseCode = "200", description = "A page of team members.")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid.")
    @Requires(Capability.READ_FAMILY_RECORDS)
    public PageResponse<TeamMemberView> list(
            @PathParam("episodeId") String episodeId, @BeanParam PageParameters paging) {
        EpisodeId id = EpisodeId.parse(episodeId);
        return PageResponse.of(listTeam.list(actor.get(), id, paging.read()), TeamMemberView::of);
    }

    @POST
    @Operation(
            operationId = "joinEpisodeTeam",
            summary = "Name a practitioner on the team around the family",
            description = "From the day they join, they see the family's case notes, sensitive ones too. Only the"
                    + " lead practitioner, a team manager or a safeguarding lead of the episode's organisation may;"
                    + " the episode must be open.")
    @APIResponse(
            responseCode = "201",
            description = "The practitioner is on the team.",
            content = @Content(schema = @Schema(implementation = TeamMemberView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid.")
    @APIResponse(responseCode = "403", description = "You may not name the team of this episode.")
    @APIResponse(responseCode = "409", description = "The practitioner is already on the team.")
    @APIResponse(responseCode = "422", description = "The episode is closed.")
    @Requires(Capability.MANAGE_TEAMS)
    public Response join(@PathParam("episodeId") String episodeId, JoinTeamRequest request) {
        EpisodeId id = EpisodeId.parse(episodeId);
        JoinTeamRequest body = Fields.body(request);
        Fields fields = new Fields();
        PractitionerRef practitioner = practitioner(fields, body.practitioner());
        fields.required("joinedOn", body.joinedOn());
        var command = fields.build(() -> new JoinTeam.Command(id, practitioner, body.joinedOn()));
        return Response.status(Response.Status.CREATED)
                .entity(TeamMemberView.of(joinTeam.join(actor.get(), command)))
                .build();
    }

    @POST
    @Path("/leaving")
    @Operation(
            operationId = "leaveEpisodeTeam",
            summary = "Record that a practitioner left the team",
            description = "From the day they leave they no longer see the family's case notes. The membership is"
                    + " kept in the team's history.")
    @APIResponse(
            responseCode = "200",
            description = "The membership, ended.",
            content = @Content(schema = @Schema(implementation = TeamMemberView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid.")
    @APIResponse(responseCode = "403", description = "You may not name the team of this episode.")
    @APIResponse(responseCode = "422", description = "The practitioner is not on the team.")
    @Requires(Capability.MANAGE_TEAMS)
    public TeamMemberView leave(@PathParam("episodeId") String episodeId, LeaveTeamRequest request) {
        EpisodeId id = EpisodeId.parse(episodeId);
        LeaveTeamRequest body = Fields.body(request);
        Fields fields = new Fields();
        PractitionerRef practitioner = practitioner(fields, body.practitioner());
        fields.required("leftOn", body.leftOn());
        var command = fields.build(() -> new LeaveTeam.Command(id, practitioner, body.leftOn()));
        return TeamMemberView.of(leaveTeam.leave(actor.get(), command));
    }

    private static PractitionerRef practitioner(Fields fields, String practitioner) {
        return fields.value(
                "", () -> new PractitionerRef(Text.required("practitioner", practitioner, PractitionerRef.MAX_LENGTH)));
    }
}
