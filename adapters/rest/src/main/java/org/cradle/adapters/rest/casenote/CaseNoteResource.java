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
import org.cradle.adapters.rest.ContractBounds;
import org.cradle.adapters.rest.PageParameters;
import org.cradle.adapters.rest.PageResponse;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.adapters.rest.casenote.CaseNoteMessages.CaseNoteView;
import org.cradle.adapters.rest.casenote.CaseNoteMessages.CorrectNoteRequest;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.application.PageRequest;
import org.cradle.application.casenote.CorrectCaseNote;
import org.cradle.application.casenote.GetCaseNote;
import org.cradle.application.casenote.GetCaseNoteVersion;
import org.cradle.application.casenote.ListCaseNoteVersions;
import org.cradle.application.casenote.NoteVersion;
import org.cradle.domain.RecordNotFoundException;
import org.cradle.domain.Text;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.casenote.CaseNote;
import org.cradle.domain.casenote.CaseNoteId;
import org.cradle.domain.casenote.NoteContent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/case-notes/{caseNoteId}")
@Tag(name = "Case notes")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such case note, or one you may not read.")
public class CaseNoteResource {

    private final Provider<Actor> actor;
    private final GetCaseNote getNote;
    private final CorrectCaseNote correctNote;
    private final ListCaseNoteVersions listVersions;
    private final GetCaseNoteVersion getVersion;

    public CaseNoteResource(
            Provider<Actor> actor,
            GetCaseNote getNote,
            CorrectCaseNote correctNote,
            ListCaseNoteVersions listVersions,
            GetCaseNoteVersion getVersion) {
        this.actor = actor;
        this.getNote = getNote;
        this.correctNote = correctNote;
        this.listVersions = listVersions;
        this.getVersion = getVersion;
    }

    @GET
    @Operation(
            operationId = "getCaseNote",
            summary = "Get a case note",
            description = "The note as it now reads: its latest version. For those who may read it (see the list of"
                    + " an episode's notes); to anyone else it does not exist. Audited once for each person it is"
                    + " about.")
    @APIResponse(
            responseCode = "200",
            description = "The note's latest version.",
            content = @Content(schema = @Schema(implementation = CaseNoteView.class)))
    @APIResponse(responseCode = "403", description = "Your roles do not allow this.")
    @Requires(Capability.READ_CASE_NOTES)
    public CaseNoteView get(@PathParam("caseNoteId") String caseNoteId) {
        return CaseNoteView.of(getNote.get(actor.get(), CaseNoteId.parse(caseNoteId)));
    }

    @POST
    @Path("/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "correctCaseNote",
            summary = "Correct a case note",
            description = "Adds a version with the note as it should read and the reason for the correction; the"
                    + " earlier versions are kept and stay readable. By the note's author, the lead practitioner or a"
                    + " safeguarding lead of the organisation that holds it. Send the number of the latest version"
                    + " you read as expectedVersion. Audited for each person the note was or now is about.")
    @APIResponse(
            responseCode = "201",
            description = "Corrected: the new version; Location names it.",
            content = @Content(schema = @Schema(implementation = CaseNoteView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid, or the reason is blank.")
    @APIResponse(
            responseCode = "403",
            description = "Your roles do not allow this, or you are not the author, the lead practitioner or a"
                    + " safeguarding lead of the organisation that holds the note.")
    @APIResponse(responseCode = "409", description = "Another version was added since you read it (stale-version).")
    @APIResponse(
            responseCode = "422",
            description = "A person is not a member of the family (not-a-member), or the correction changes nothing"
                    + " (nothing-corrected).")
    @Requires(Capability.WRITE_CASE_NOTES)
    public Response correct(@PathParam("caseNoteId") String caseNoteId, CorrectNoteRequest request, UriInfo uri) {
        CaseNoteId id = CaseNoteId.parse(caseNoteId);
        CorrectNoteRequest body = Fields.body(request);
        Fields fields = new Fields();
        fields.required("expectedVersion", body.expectedVersion());
        String reason = fields.value("", () -> Text.required("reason", body.reason(), CaseNote.MAX_REASON_LENGTH));
        NoteContent content = CaseNoteMessages.content(
                fields, body.text(), body.category(), body.kind(), body.about(), body.mentions());
        var command = fields.build(() -> new CorrectCaseNote.Command(id, body.expectedVersion(), content, reason));
        CaseNote note = correctNote.correct(actor.get(), command);
        return Response.created(uri.getBaseUriBuilder()
                        .path("case-notes")
                        .path(id.toString())
                        .path("versions")
                        .path(String.valueOf(note.current().number()))
                        .build())
                .entity(CaseNoteView.of(NoteVersion.current(note)))
                .build();
    }

    @GET
    @Path("/versions")
    @Operation(
            operationId = "listCaseNoteVersions",
            summary = "List a case note's versions",
            description = "Every version of the note you may read, oldest first, a page at a time: the note as first"
                    + " written and each correction with its reason. For those who may read the note as it now"
                    + " reads; a version of a sensitive category stays as narrow as it was. Each version listed is"
                    + " recorded in the audit trail as read by you.")
    @APIResponse(responseCode = "200", description = "A page of versions.")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid.")
    @APIResponse(responseCode = "403", description = "Your roles do not allow this.")
    @Requires(Capability.READ_CASE_NOTES)
    public PageResponse<CaseNoteView> versions(
            @PathParam("caseNoteId") String caseNoteId, @BeanParam PageParameters paging) {
        CaseNoteId id = CaseNoteId.parse(caseNoteId);
        PageRequest page = paging.read();
        return PageResponse.of(listVersions.list(actor.get(), id, page), CaseNoteView::of);
    }

    @GET
    @Path("/versions/{version}")
    @Operation(
            operationId = "getCaseNoteVersion",
            summary = "Get one version of a case note",
            description = "The note as version n read, with who wrote it, when, and why it was corrected. For those"
                    + " who may read the note and that version. Audited once for each person it is about.")
    @APIResponse(
            responseCode = "200",
            description = "The version.",
            content = @Content(schema = @Schema(implementation = CaseNoteView.class)))
    @APIResponse(responseCode = "403", description = "Your roles do not allow this.")
    @Requires(Capability.READ_CASE_NOTES)
    public CaseNoteView version(
            @PathParam("caseNoteId") String caseNoteId,
            @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = ContractBounds.FIRST,
                                            maximum = ContractBounds.MOST_INT))
                    @PathParam("version")
                    String version) {
        CaseNoteId id = CaseNoteId.parse(caseNoteId);
        return CaseNoteView.of(getVersion.get(actor.get(), id, number(id, version)));
    }

    /** A version number is a positive whole number; any other text names no version. */
    private static int number(CaseNoteId id, String text) {
        if (text == null || !text.matches("[1-9][0-9]{0,8}")) {
            throw new RecordNotFoundException("case note version", id + "/" + text);
        }
        return Integer.parseInt(text);
    }
}
