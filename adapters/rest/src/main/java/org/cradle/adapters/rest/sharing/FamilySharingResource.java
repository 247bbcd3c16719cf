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
import jakarta.ws.rs.core.UriInfo;
import org.cradle.adapters.rest.PageParameters;
import org.cradle.adapters.rest.PageResponse;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.adapters.rest.sharing.SharingMessages.AdviceView;
import org.cradle.adapters.rest.sharing.SharingMessages.ShareProposalBody;
import org.cradle.adapters.rest.sharing.SharingMessages.SharingDecisionBody;
import org.cradle.adapters.rest.sharing.SharingMessages.SharingDecisionView;
import org.cradle.application.PageRequest;
import org.cradle.application.sharing.DisclosureQuery;
import org.cradle.application.sharing.ListDisclosures;
import org.cradle.application.sharing.ProposeShare;
import org.cradle.application.sharing.RecordSharingDecision;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.sharing.ShareProposal;
import org.cradle.domain.sharing.SharingDecision;
import org.cradle.domain.sharing.SharingDecisionId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Deciding whether to share a family's information: the flowchart's answer, and the recorded decision. */
@Path("/families/{familyId}")
@Tag(name = "Sharing")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such family, or none your organisation works with.")
public class FamilySharingResource {

    private final Provider<Actor> actor;
    private final ProposeShare proposeShare;
    private final RecordSharingDecision recordSharingDecision;
    private final ListDisclosures listDisclosures;

    public FamilySharingResource(
            Provider<Actor> actor,
            ProposeShare proposeShare,
            RecordSharingDecision recordSharingDecision,
            ListDisclosures listDisclosures) {
        this.actor = actor;
        this.proposeShare = proposeShare;
        this.recordSharingDecision = recordSharingDecision;
        this.listDisclosures = listDisclosures;
    }

    @POST
    @Path("/sharing-proposals")
    @Operation(
            operationId = "proposeShare",
            summary = "Ask the flowchart whether to share",
            description = "Walks \"when and how to share information\" for the proposed share: a clear and"
                    + " legitimate purpose; does it identify anyone; is it confidential; does consent cover every"
                    + " subject, purpose, recipient and category today; is there another lawful reason, made out by"
                    + " a rationale, a proportionality statement and a decider with safeguarding competence. Answers"
                    + " the outcome and the path with the reason at each step. Records no decision; asking is"
                    + " audited for each subject.")
    @APIResponse(
            responseCode = "200",
            description = "The flowchart's answer.",
            content = @Content(schema = @Schema(implementation = AdviceView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid.")
    @APIResponse(
            responseCode = "403",
            description = "Your roles do not allow it, or your organisation does not work" + " with the family.")
    @APIResponse(responseCode = "422", description = "not-a-member: a subject or the recipient is not in the family.")
    @Requires(Capability.DECIDE_SHARING)
    public AdviceView propose(@PathParam("familyId") String familyId, ShareProposalBody request) {
        FamilyId family = FamilyId.parse(familyId);
        ShareProposalBody body = Fields.body(request);
        Fields fields = new Fields();
        ShareProposal proposal = SharingInput.proposal(fields, "", body);
        return AdviceView.of(proposeShare.propose(actor.get(), family, fields.build(() -> proposal)));
    }

    @GET
    @Path("/sharing-decisions")
    @Operation(
            operationId = "listFamilyDisclosures",
            summary = "The family's disclosure log",
            description = "Every decision about the family's members that your organisation made — to share and"
                    + " not to share — and every share it received, with whom, when and why, newest first, optionally for one"
                    + " recipient organisation and a period. Audited for each subject of each decision shown.")
    @APIResponse(responseCode = "200", description = "A page of decisions.")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid.")
    @Requires(Capability.READ_DISCLOSURES)
    public PageResponse<SharingDecisionView> log(
            @PathParam("familyId") String familyId,
            @BeanParam DisclosureFilters filters,
            @BeanParam PageParameters paging) {
        FamilyId family = FamilyId.parse(familyId);
        Fields fields = new Fields();
        DisclosureQuery query = filters.query(fields, null, family);
        PageRequest page = paging.read(fields);
        return PageResponse.of(
                listDisclosures.list(actor.get(), fields.build(() -> query), page), SharingDecisionView::of);
    }

    @POST
    @Path("/sharing-decisions")
    @Operation(
            operationId = "recordSharingDecision",
            summary = "Record a decision to share, or not to share",
            description = "The flowchart is walked again as you decide, and the decision kept with its path, the"
                    + " consent versions relied on, whom you consulted, whether the people it is about were told"
                    + " (and why not), never to be edited: a correction is a new decision naming the one it"
                    + " corrects. A decision to share must be one the flowchart allows; sharing without consent needs"
                    + " a lawful basis, a rationale, a proportionality statement and a safeguarding lead or Caldicott"
                    + " guardian deciding, or it is refused naming what it lacks and nothing is written. A decision"
                    + " not to share is always recorded. Audited for each subject.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded; Location names the decision.",
            content = @Content(schema = @Schema(implementation = SharingDecisionView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid.")
    @APIResponse(
            responseCode = "403",
            description = "Your roles do not allow it, or your organisation does not work" + " with the family.")
    @APIResponse(
            responseCode = "422",
            description = "The flowchart does not allow the share: not-lawful, or what sharing without consent lacks"
                    + " (withoutConsent.rationale, withoutConsent.proportionality: required; decider:"
                    + " safeguarding-competence); notToldReason required; not-a-member; unknown-decision.")
    @Requires(Capability.DECIDE_SHARING)
    public Response decide(@PathParam("familyId") String familyId, SharingDecisionBody request, UriInfo uri) {
        FamilyId family = FamilyId.parse(familyId);
        SharingDecisionBody body = Fields.body(request);
        Fields fields = new Fields();
        ShareProposal proposal = SharingInput.proposal(fields, "proposal.", body.proposal());
        fields.required("decision", body.decision());
        var consulted = SharingInput.consulted(fields, body.consulted());
        SharingInput.statements(fields, body.note(), body.notToldReason());
        var command = fields.build(() -> new RecordSharingDecision.Command(
                proposal,
                body.decision(),
                body.note(),
                body.urgency(),
                body.subjectsTold(),
                body.notToldReason(),
                consulted,
                body.corrects() == null ? null : new SharingDecisionId(body.corrects())));
        SharingDecision decision = recordSharingDecision.record(actor.get(), family, command);
        return Response.created(uri.getBaseUriBuilder()
                        .path("sharing-decisions")
                        .path(decision.id().toString())
                        .build())
                .entity(SharingDecisionView.of(decision))
                .build();
    }
}
