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
import org.cradle.adapters.rest.ContractBounds;
import org.cradle.adapters.rest.PageParameters;
import org.cradle.adapters.rest.PageResponse;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.adapters.rest.referral.ReferralMessages.DeclineReferralRequest;
import org.cradle.adapters.rest.referral.ReferralMessages.ReferralView;
import org.cradle.application.referral.AcceptReferral;
import org.cradle.application.referral.DeclineReferral;
import org.cradle.application.referral.GetReferral;
import org.cradle.application.referral.ListReferrals;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.referral.ReferralId;
import org.cradle.domain.referral.ReferralStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/referrals")
@Tag(name = "Referrals")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferralResource {

    private final Provider<Actor> actor;
    private final ListReferrals listReferrals;
    private final GetReferral getReferral;
    private final AcceptReferral acceptReferral;
    private final DeclineReferral declineReferral;

    public ReferralResource(
            Provider<Actor> actor,
            ListReferrals listReferrals,
            GetReferral getReferral,
            AcceptReferral acceptReferral,
            DeclineReferral declineReferral) {
        this.actor = actor;
        this.listReferrals = listReferrals;
        this.getReferral = getReferral;
        this.acceptReferral = acceptReferral;
        this.declineReferral = declineReferral;
    }

    @GET
    @Operation(
            operationId = "listReferrals",
            summary = "List your organisation's referrals",
            description = "The referrals made to your organisation (box=inbox, the default) or by it (box=outbox),"
                    + " optionally in one status, most recently made first, a page at a time. Each shows its own"
                    + " content and the basic details of the people it names; each listed is audited as read.")
    @APIResponse(responseCode = "200", description = "A page of referrals.")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid.")
    @Requires(Capability.MAKE_REFERRALS)
    public PageResponse<ReferralView> list(
            @Parameter(
                            description = "inbox (made to you, the default) or outbox (made by you).",
                            example = "inbox",
                            schema = @Schema(ref = ContractBounds.REFERRAL_BOX))
                    @QueryParam("box")
                    String box,
            @Parameter(
                            description = "PENDING, ACCEPTED or DECLINED; all when absent.",
                            example = "PENDING",
                            schema = @Schema(implementation = ReferralStatus.class))
                    @QueryParam("status")
                    String status,
            @BeanParam PageParameters paging) {
        var listing = ReferralInput.listing(box, status, ReferralStatus.class, paging, ListReferrals.Query::new);
        return PageResponse.of(listReferrals.list(actor.get(), listing.query(), listing.page()), ReferralView::of);
    }

    @GET
    @Path("/{referralId}")
    @Operation(
            operationId = "getReferral",
            summary = "Read a referral",
            description = "For the organisation that made it and the one it was made to; to any other it does not"
                    + " exist. Audited, with each person whose details it shows.")
    @APIResponse(
            responseCode = "200",
            description = "The referral.",
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "404", description = "No such referral, or not one your organisation is party to.")
    @Requires(Capability.MAKE_REFERRALS)
    public ReferralView get(@PathParam("referralId") String referralId) {
        return ReferralView.of(getReferral.get(actor.get(), ReferralId.parse(referralId)));
    }

    @POST
    @Path("/{referralId}/acceptance")
    @Operation(
            operationId = "acceptReferral",
            summary = "Accept a referral made to your organisation",
            description = "Your organisation takes the family on: from now it works with the family, sees the people"
                    + " the referral names (and of the referring organisation's records about them, the categories"
                    + " named), and may open its own episode. Consent is asked again. Pending referrals only;"
                    + " no body. Audited.")
    @APIResponse(
            responseCode = "200",
            description = "The referral, accepted.",
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "403", description = "Your roles do not allow it, or the referral is not made to you.")
    @APIResponse(responseCode = "404", description = "No such referral, or not one your organisation is party to.")
    @APIResponse(
            responseCode = "422",
            description = "referral-not-pending, or not-covered: consent no longer covers it (errors name people[i]).")
    @Requires(Capability.MAKE_REFERRALS)
    public ReferralView accept(@PathParam("referralId") String referralId) {
        return ReferralView.of(acceptReferral.accept(actor.get(), ReferralId.parse(referralId)));
    }

    @POST
    @Path("/{referralId}/declining")
    @Operation(
            operationId = "declineReferral",
            summary = "Decline a referral made to your organisation",
            description = "Your organisation does not take the family on, and says why; it sees nothing more of the"
                    + " family. Pending referrals only. Audited.")
    @APIResponse(
            responseCode = "200",
            description = "The referral, declined.",
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "400", description = "The reason is missing or invalid.")
    @APIResponse(responseCode = "403", description = "Your roles do not allow it, or the referral is not made to you.")
    @APIResponse(responseCode = "404", description = "No such referral, or not one your organisation is party to.")
    @APIResponse(responseCode = "422", description = "referral-not-pending.")
    @Requires(Capability.MAKE_REFERRALS)
    public ReferralView decline(@PathParam("referralId") String referralId, DeclineReferralRequest request) {
        ReferralId id = ReferralId.parse(referralId);
        DeclineReferralRequest body = Fields.body(request);
        Fields fields = new Fields();
        String reason = ReferralInput.reason(fields, body.reason());
        var command = fields.build(() -> new DeclineReferral.Command(id, reason));
        return ReferralView.of(declineReferral.decline(actor.get(), command));
    }
}
