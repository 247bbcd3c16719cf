package org.cradle.adapters.rest.casenote;

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
import org.cradle.adapters.rest.casenote.CaseNoteMessages.CaseNoteView;
import org.cradle.adapters.rest.casenote.CaseNoteMessages.WriteNoteRequest;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.application.PageRequest;
import org.cradle.application.casenote.ListCaseNotes;
import org.cradle.application.casenote.NoteVersion;
import org.cradle.application.casenote.WriteCaseNote;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.casenote.CaseNote;
import org.cradle.domain.casenote.NoteContent;
import org.cradle.domain.episode.EpisodeId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/episodes/{episodeId}/case-notes")
@Tag(name = "Case notes")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(
        responseCode = "404",
        description = "No such episode, or one of a family your organisation does not work with.")
public class EpisodeCaseNotesResource {

    private final Provider<Actor> actor;
    private final WriteCaseNote writeNote;
    private final ListCaseNotes listNotes;

    public EpisodeCaseNotesResource(Provider<Actor> actor, WriteCaseNote writeNote, ListCaseNotes listNotes) {
        this.actor = actor;
        this.writeNote = writeNote;
        this.listNotes = listNotes;
    }

    @POST
    @Operation(
            operationId = "writeCaseNote",
            summary = "Write a case note",
            description = "Writes a note on the episode, held by the episode's organisation: its text, its"
                    + " information category, fact or opinion, whose record it belongs to (about: the infant, a"
                    + " parent, or both for linked records) and the other people it names (mentions). Only a"
                    + " practitioner, team manager or safeguarding lead of the episode's organisation, about people"
                    + " it works with. A note is never edited: a correction is a new version. Audited once for each"
                    + " person it is about.")
    @APIResponse(
            responseCode = "201",
            description = "Written; Location names the note.",
            content = @Content(schema = @Schema(implementation = CaseNoteView.class)))
    @APIResponse(
            responseCode = "400",
            description = "A field is missing or invalid: text blank or over 20,000 characters, no one it is about,"
                    + " a person named twice (duplicate) or both about and mentioned (not-also-about).")
    @APIResponse(
            responseCode = "403",
            description = "Your roles do not allow this, or the episode is another organisation's.")
    @APIResponse(
            responseCode = "422",
            description = "A person it is about or mentions is not a member of the family (not-a-member).")
    @Requires(Capability.WRITE_CASE_NOTES)
    public Response write(@PathParam("episodeId") String episodeId, WriteNoteRequest request, UriInfo uri) {
        EpisodeId episode = EpisodeId.parse(episodeId);
        WriteNoteRequest body = Fields.body(request);
        Fields fields = new Fields();
        NoteContent content = CaseNoteMessages.content(
                fields, body.text(), body.category(), body.kind(), body.about(), body.mentions());
        var command = fields.build(() -> new WriteCaseNote.Command(episode, content));
        CaseNote note = writeNote.write(actor.get(), command);
        return Response.created(uri.getBaseUriBuilder()
                        .path("case-notes")
                        .path(note.id().toString())
                        .build())
                .entity(CaseNoteView.of(NoteVersion.current(note)))
                .build();
    }

    @GET
    @Operation(
            operationId = "listEpisodeCaseNotes",
            summary = "List an episode's case notes",
            description = "The episode's notes as they now read (their latest versions), newest first, a page at"
                    + " a time: only those you may read, and the total counts only those. Within the organisation"
                    + " that holds them, notes go to their author, the lead practitioner, the team around the"
                    + " family, team managers and safeguarding leads; a sensitive category not to team managers."
                    + " Another organisation sees them only as far as a referral it accepted covers their people and"
                    + " category. Each note listed is recorded in the audit trail as read by you.")
    @APIResponse(responseCode = "200", description = "A page of case notes.")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid.")
    @APIResponse(responseCode = "403", description = "Your roles do not allow this.")
    @Requires(Capability.READ_CASE_NOTES)
    public PageResponse<CaseNoteView> list(@PathParam("episodeId") String episodeId, @BeanParam PageParameters paging) {
        EpisodeId episode = EpisodeId.parse(episodeId);
        PageRequest page = paging.read();
        return PageResponse.of(listNotes.list(actor.get(), episode, page), CaseNoteView::of);
    }
}
