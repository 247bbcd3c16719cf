package org.cradle.adapters.rest.referral;

import io.quarkus.security.Authenticated;
import jakarta.inject.Provider;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.cradle.adapters.rest.ContractBounds;
import org.cradle.adapters.rest.PageParameters;
import org.cradle.adapters.rest.PageResponse;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.adapters.rest.referral.ReferralMessages.AskForReferralRequest;
import org.cradle.adapters.rest.referral.ReferralMessages.AskedView;
import org.cradle.adapters.rest.referral.ReferralMessages.ReferralAnswerRequest;
import org.cradle.adapters.rest.referral.ReferralMessages.ReferralRequestView;
import org.cradle.adapters.rest.referral.ReferralMessages.ReferralView;
import org.cradle.adapters.rest.referral.ReferralMessages.RefusalRequest;
import org.cradle.application.referral.AnswerReferralRequest;
import org.cradle.application.referral.AskForReferral;
import org.cradle.application.referral.GetReferralRequest;
import org.cradle.application.referral.ListReferralRequests;
import org.cradle.application.referral.ReferralDetails;
import org.cradle.application.referral.ReferralRequestDetails;
import org.cradle.application.referral.RefuseReferralRequest;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.person.NhsNumber;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.referral.ReferralRequestId;
import org.cradle.domain.referral.ReferralRequestStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/referral-requests")
@Tag(name = "Referrals")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferralRequestResource {

    private final Provider<Actor> actor;
    private final AskForReferral askForReferral;
    private final ListReferralRequests listRequests;
    private final GetReferralRequest getRequest;
    private final AnswerReferralRequest answerRequest;
    private final RefuseReferralRequest refuseRequest;

    public ReferralRequestResource(
            Provider<Actor> actor,
            AskForReferral askForReferral,
            ListReferralRequests listRequests,
            GetReferralRequest getRequest,
            AnswerReferralRequest answerRequest,
            RefuseReferralRequest refuseRequest) {
        this.actor = actor;
        this.askForReferral = askForReferral;
        this.listRequests = listRequests;
        this.getRequest = getRequest;
        this.answerRequest = answerRequest;
        this.refuseRequest = refuseRequest;
    }

    @POST
    @Operation(
            operationId = "askForReferral",
            summary = "Ask for a referral of a person found by NHS number",
            description = "When the person with this NHS number is already held by other organisations, asks each"
                    + " that holds the record of one of their families for a referral. The answer says nothing of"
                    + " the person or of who holds them; the organisation asked answers by making a referral to you,"
                    + " or refuses with a reason. Audited.")
    @APIResponse(
            responseCode = "201",
            description = "Asked; Location names the (first) request.",
            content = @Content(schema = @Schema(implementation = AskedView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid.")
    @APIResponse(
            responseCode = "409",
            description = "already-working-with: your organisation already works with the person; find their family.")
    @APIResponse(responseCode = "422", description = "unknown-nhs-number: Cradle holds no family with this person.")
    @Requires(Capability.MAKE_REFERRALS)
    public Response ask(AskForReferralRequest request, UriInfo uri) {
        AskForReferralRequest body = Fields.body(request);
        Fields fields = new Fields();
        NhsNumber nhsNumber = fields.value("", () -> new NhsNumber(body.nhsNumber()));
        fields.required("purpose", body.purpose());
        String note = ReferralInput.note(fields, body.note());
        var command = fields.build(() -> new AskForReferral.Command(nhsNumber, body.purpose(), note));
        List<ReferralRequestDetails> asked = askForReferral.ask(actor.get(), command);
        return Response.created(uri.getBaseUriBuilder()
                        .path("referral-requests")
                        .path(asked.get(0).request().id().toString())
                        .build())
                .entity(new AskedView(
                        asked.stream().map(ReferralRequestView::of).toList()))
                .build();
    }

    @GET
    @Operation(
            operationId = "listReferralRequests",
            summary = "List your organisation's requests for a referral",
            description = "Those asked of your organisation (box=inbox, the default, with the person found) or by it"
                    + " (box=outbox, without), optionally in one status, most recently asked first, a page at a"
                    + " time. Each listed is audited as read.")
    @APIResponse(responseCode = "200", description = "A page of requests.")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid.")
    @Requires(Capability.MAKE_REFERRALS)
    public PageResponse<ReferralRequestView> list(
            @Parameter(
                            description = "inbox (asked of you, the default) or outbox (asked by you).",
                            example = "inbox",
                            schema = @Schema(ref = ContractBounds.REFERRAL_BOX))
                    @QueryParam("box")
                    String box,
            @Parameter(
                            description = "OPEN, ANSWERED or REFUSED; all when absent.",
                            example = "OPEN",
                            schema = @Schema(implementation = ReferralRequestStatus.class))
                    @QueryParam("status")
                    String status,
            @BeanParam PageParameters paging) {
        var listing = ReferralInput.listing(
                box, status, ReferralRequestStatus.class, paging, ListReferralRequests.Query::new);
        return PageResponse.of(
                listRequests.list(actor.get(), listing.query(), listing.page()), ReferralRequestView::of);
    }

    @GET
    @Path("/{referralRequestId}")
    @Operation(
            operationId = "getReferralRequest",
            summary = "Read a request for a referral",
            description = "For the organisation that asked (without the person or who was asked) and the one asked"
                    + " (with the person); to any other it does not exist. Audited.")
    @APIResponse(
            responseCode = "200",
            description = "The request.",
            content = @Content(schema = @Schema(implementation = ReferralRequestView.class)))
    @APIResponse(responseCode = "404", description = "No such request, or not one your organisation is party to.")
    @Requires(Capability.MAKE_REFERRALS)
    public ReferralRequestView get(@PathParam("referralRequestId") String referralRequestId) {
        return ReferralRequestView.of(getRequest.get(actor.get(), ReferralRequestId.parse(referralRequestId)));
    }

    @POST
    @Path("/{referralRequestId}/answer")
    @Operation(
            operationId = "answerReferralRequest",
            summary = "Answer a request for a referral by making one",
            description = "Your organisation, asked, refers the family to the organisation that asked: a family whose"
                    + " record you hold and the person asked about belongs to, naming that person, with the"
                    + " categories it may see and a note; for the purpose asked. Consent must cover it as for any"
                    + " referral. The organisation that asked then accepts or declines it. Audited.")
    @APIResponse(
            responseCode = "201",
            description = "The referral made; Location names it.",
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid.")
    @APIResponse(responseCode = "403", description = "Your roles do not allow it, or the request was not asked of you.")
    @APIResponse(responseCode = "404", description = "No such request or family, or not one your organisation sees.")
    @APIResponse(
            responseCode = "422",
            description = "referral-request-not-open, not-custodian, person-not-in-family, requested-person-not-named,"
                    + " not-covered, not-a-member.")
    @Requires(Capability.MAKE_REFERRALS)
    public Response answer(
            @PathParam("referralRequestId") String referralRequestId, ReferralAnswerRequest request, UriInfo uri) {
        ReferralRequestId id = ReferralRequestId.parse(referralRequestId);
        ReferralAnswerRequest body = Fields.body(request);
        Fields fields = new Fields();
        fields.required("familyId", body.familyId());
        List<PersonId> people = ReferralInput.people(fields, body.people());
        ReferralInput.categories(fields, body.categories());
        String note = ReferralInput.note(fields, body.note());
        var command = fields.build(() ->
                new AnswerReferralRequest.Command(id, new FamilyId(body.familyId()), people, body.categories(), note));
        ReferralDetails made = answerRequest.answer(actor.get(), command);
        return ReferralInput.created(uri, made);
    }

    @POST
    @Path("/{referralRequestId}/refusal")
    @Operation(
            operationId = "refuseReferralRequest",
            summary = "Refuse a request for a referral",
            description = "Your organisation, asked, does not refer, and says why; the organisation that asked learns"
                    + " nothing more. Open requests only. Audited.")
    @APIResponse(
            responseCode = "200",
            description = "The request, refused.",
            content = @Content(schema = @Schema(implementation = ReferralRequestView.class)))
    @APIResponse(responseCode = "400", description = "The reason is missing or invalid.")
    @APIResponse(responseCode = "403", description = "Your roles do not allow it, or the request was not asked of you.")
    @APIResponse(responseCode = "404", description = "No such request, or not one your organisation is party to.")
    @APIResponse(responseCode = "422", description = "referral-request-not-open.")
    @Requires(Capability.MAKE_REFERRALS)
    public ReferralRequestView refuse(
            @PathParam("referralRequestId") String referralRequestId, RefusalRequest request) {
        ReferralRequestId id = ReferralRequestId.parse(referralRequestId);
        RefusalRequest body = Fields.body(request);
        Fields fields = new Fields();
        String reason = ReferralInput.reason(fields, body.reason());
        var command = fields.build(() -> new RefuseReferralRequest.Command(id, reason));
        return ReferralRequestView.of(refuseRequest.refuse(actor.get(), command));
    }
}
