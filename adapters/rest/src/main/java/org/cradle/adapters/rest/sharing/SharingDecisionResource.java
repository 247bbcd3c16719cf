package org.cradle.adapters.rest.sharing;

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
import org.cradle.adapters.rest.PageParameters;
import org.cradle.adapters.rest.PageResponse;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.adapters.rest.sharing.SharingMessages.SharingDecisionView;
import org.cradle.adapters.rest.sharing.SharingMessages.StillToTellView;
import org.cradle.adapters.rest.sharing.SharingMessages.TellingBody;
import org.cradle.adapters.rest.sharing.SharingMessages.TellingView;
import org.cradle.application.PageRequest;
import org.cradle.application.sharing.DisclosureQuery;
import org.cradle.application.sharing.GetSharingDecision;
import org.cradle.application.sharing.ListDisclosures;
import org.cradle.application.sharing.ListSubjectsToTell;
import org.cradle.application.sharing.TellSubject;
import org.cradle.domain.Text;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.sharing.SharingDecisionId;
import org.cradle.domain.sharing.Telling;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The sharing decisions an organisation made or received: the log, one decision, and who is still to be told. */
@Path("/sharing-decisions")
@Tag(name = "Sharing")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SharingDecisionResource {

    private final Provider<Actor> actor;
    private final GetSharingDecision getSharingDecision;
    private final ListDisclosures listDisclosures;
    private final ListSubjectsToTell listSubjectsToTell;
    private final TellSubject tellSubject;

    public SharingDecisionResource(
            Provider<Actor> actor,
            GetSharingDecision getSharingDecision,
            ListDisclosures listDisclosures,
            ListSubjectsToTell listSubjectsToTell,
            TellSubject tellSubject) {
        this.actor = actor;
        this.getSharingDecision = getSharingDecision;
        this.listDisclosures = listDisclosures;
        this.listSubjectsToTell = listSubjectsToTell;
        this.tellSubject = tellSubject;
    }

    @GET
    @Operation(
            operationId = "listDisclosures",
            summary = "Your organisation's disclosure log",
            description = "Every decision your organisation made — to share and not to share — and every share it"
                    + " received, with"
                    + " whom, when and why, newest first, optionally for one recipient organisation and a period:"
                    + " what a Caldicott guardian reviews. Audited for each subject of each decision shown.")
    @APIResponse(responseCode = "200", description = "A page of decisions.")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid.")
    @Requires(Capability.READ_DISCLOSURES)
    public PageResponse<SharingDecisionView> log(
            @BeanParam DisclosureFilters filters, @BeanParam PageParameters paging) {
        Fields fields = new Fields();
        DisclosureQuery query = filters.query(fields, null, null);
        PageRequest page = paging.read(fields);
        return PageResponse.of(
                listDisclosures.list(actor.get(), fields.build(() -> query), page), SharingDecisionView::of);
    }

    @GET
    @Path("/subjects-to-tell")
    @Operation(
            operationId = "listSubjectsToTell",
            summary = "People still to be told of a share",
            description = "The reminder list: the people your organisation's shares were about who were not told"
                    + " at the time, because telling would have increased a risk of harm, and have not been told"
                    + " since; the oldest decision first, with why they were not told. Audited for each person.")
    @APIResponse(responseCode = "200", description = "A page of people still to be told.")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid.")
    @Requires(Capability.DECIDE_SHARING)
    public PageResponse<StillToTellView> stillToTell(@BeanParam PageParameters paging) {
        return PageResponse.of(listSubjectsToTell.list(actor.get(), paging.read()), StillToTellView::of);
    }

    @GET
    @Path("/{sharingDecisionId}")
    @Operation(
            operationId = "getSharingDecision",
            summary = "Read a sharing decision",
            description = "As recorded, with whoever was told of it afterwards: for the organisation that made it"
                    + " and, when it shared, the organisation it shared with (a decision not to share is never shown to"
                    + " the one it withheld from); to anyone else it does not exist. Audited for"
                    + " each subject.")
    @APIResponse(
            responseCode = "200",
            description = "The decision.",
            content = @Content(schema = @Schema(implementation = SharingDecisionView.class)))
    @APIResponse(responseCode = "404", description = "No such decision, or not one your organisation is party to.")
    @Requires(Capability.READ_DISCLOSURES)
    public SharingDecisionView get(@PathParam("sharingDecisionId") String sharingDecisionId) {
        return SharingDecisionView.of(getSharingDecision.get(actor.get(), SharingDecisionId.parse(sharingDecisionId)));
    }

    @POST
    @Path("/{sharingDecisionId}/tellings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "recordTelling",
            summary = "Record that a person was told of a share",
            description = "For a share made without telling the people it was about: records that one of them has"
                    + " now been told, when and how, by the organisation that decided. The decision itself is not"
                    + " changed; the person leaves the reminder list. Audited.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded.",
            content = @Content(schema = @Schema(implementation = TellingView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid (toldOn: not-in-range).")
    @APIResponse(
            responseCode = "404",
            description = "No such decision, or not one your organisation made for a family it works with.")
    @APIResponse(
            responseCode = "409",
            description = "already-told: the person was told before; nobody-to-tell: the people it is about were told"
                    + " at the time, or nothing was shared.")
    @APIResponse(responseCode = "422", description = "not-a-subject: the person is not one the decision is about.")
    @Requires(Capability.DECIDE_SHARING)
    public Response tell(@PathParam("sharingDecisionId") String sharingDecisionId, TellingBody request) {
        SharingDecisionId id = SharingDecisionId.parse(sharingDecisionId);
        TellingBody body = Fields.body(request);
        Text.optional("how", body.how(), Telling.MAX_HOW);
        var telling = tellSubject.tell(
                actor.get(),
                id,
                body.personId() == null ? null : new PersonId(body.personId()),
                body.toldOn(),
                body.how());
        return Response.status(Response.Status.CREATED)
                .entity(TellingView.of(telling))
                .build();
    }
}
