package org.cradle.adapters.rest.referral;

import io.quarkus.security.Authenticated;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.adapters.rest.referral.ReferralMessages.MakeReferralRequest;
import org.cradle.adapters.rest.referral.ReferralMessages.ReferralView;
import org.cradle.adapters.rest.sharing.SharingInput;
import org.cradle.application.referral.MakeReferral;
import org.cradle.application.referral.ReferralDetails;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.sharing.WithoutConsent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/families/{familyId}/referrals")
@Tag(name = "Referrals")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such family, or none your organisation works with.")
public class FamilyReferralsResource {

    private final Provider<Actor> actor;
    private final MakeReferral makeReferral;

    public FamilyReferralsResource(Provider<Actor> actor, MakeReferral makeReferral) {
        this.actor = actor;
        this.makeReferral = makeReferral;
    }

    @POST
    @Operation(
            operationId = "makeReferral",
            summary = "Refer the family to another organisation",
            description = "Your organisation, working with the family, refers it (the people named) to another"
                    + " organisation in the directory, for a purpose, with the categories of your records about"
                    + " those people it may see, and a note. Each person's consent must cover it (this purpose, that"
                    + " organisation, every category, today), or the referral rests instead on a lawful basis made out"
                    + " as for any share without consent (withoutConsent, decided by a safeguarding lead or Caldicott"
                    + " guardian). A referral is a sharing decision: it is recorded as one, with the flowchart's path,"
                    + " and appears in the disclosure logs. The receiving organisation sees the referral in its"
                    + " inbox, and nothing else of the family until it accepts. Audited.")
    @APIResponse(
            responseCode = "201",
            description = "Made; Location names the referral.",
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(
            responseCode = "400",
            description = "A field is missing or invalid (no people, a person twice, categories without"
                    + " BASIC_DETAILS…).")
    @APIResponse(
            responseCode = "403",
            description = "Your roles do not allow it, or your organisation does not work" + " with the family.")
    @APIResponse(
            responseCode = "422",
            description = "The rules refuse it: not-covered (a person's consent does not cover it; errors name"
                    + " people[i]), not-a-member, unknown-organisation, same-organisation; without consent, what"
                    + " the share lacks (withoutConsent.rationale, withoutConsent.proportionality: required;"
                    + " decider: safeguarding-competence); notToldReason: required.")
    @Requires(Capability.MAKE_REFERRALS)
    public Response make(@PathParam("familyId") String familyId, MakeReferralRequest request, UriInfo uri) {
        FamilyId family = FamilyId.parse(familyId);
        MakeReferralRequest body = Fields.body(request);
        Fields fields = new Fields();
        OrganisationId to = ReferralInput.organisation(fields, "to", body.to());
        fields.required("purpose", body.purpose());
        ReferralInput.categories(fields, body.categories());
        List<PersonId> people = ReferralInput.people(fields, body.people());
        String note = ReferralInput.note(fields, body.note());
        SharingInput.statements(fields, null, body.notToldReason());
        WithoutConsent withoutConsent = SharingInput.withoutConsent(fields, "", body.withoutConsent());
        var command = fields.build(() -> new MakeReferral.Command(
                family,
                to,
                body.purpose(),
                people,
                body.categories(),
                note,
                withoutConsent,
                body.subjectsTold(),
                body.notToldReason()));
        ReferralDetails made = makeReferral.make(actor.get(), command);
        return ReferralInput.created(uri, made);
    }
}
