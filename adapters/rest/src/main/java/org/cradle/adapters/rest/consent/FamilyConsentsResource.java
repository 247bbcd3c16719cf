package org.cradle.adapters.rest.consent;

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
import java.time.Clock;
import java.time.LocalDate;
import org.cradle.adapters.rest.PageParameters;
import org.cradle.adapters.rest.PageResponse;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.adapters.rest.consent.ConsentMessages.ConsentView;
import org.cradle.adapters.rest.consent.ConsentMessages.RecordConsentRequest;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.application.PageRequest;
import org.cradle.application.consent.ConsentTermsInput;
import org.cradle.application.consent.ListFamilyConsents;
import org.cradle.application.consent.RecordConsent;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.consent.Consent;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.person.PersonId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/families/{familyId}/consents")
@Tag(name = "Consents")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such family.")
public class FamilyConsentsResource {

    private final Provider<Actor> actor;
    private final RecordConsent recordConsent;
    private final ListFamilyConsents listFamilyConsents;
    private final Clock clock;

    public FamilyConsentsResource(
            Provider<Actor> actor, RecordConsent recordConsent, ListFamilyConsents listFamilyConsents, Clock clock) {
        this.actor = actor;
        this.recordConsent = recordConsent;
        this.listFamilyConsents = listFamilyConsents;
        this.clock = clock;
    }

    @POST
    @Operation(
            operationId = "recordConsent",
            summary = "Record a consent or a refusal",
            description = "Records one person's decision about sharing information about them: its purposes,"
                    + " recipients and categories, the family members who must not see or be told, where the notes"
                    + " are kept, how it was obtained, from when and until when it holds. Practitioners, team"
                    + " managers and safeguarding leads of an organisation with an open episode with the family.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded as version 1; Location names the consent.",
            content = @Content(schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(
            responseCode = "400",
            description = "A field is missing or invalid (reviewBy not after effectiveFrom, a malformed recipient…).")
    @APIResponse(
            responseCode = "422",
            description = "The rules refuse it: the grantor may not decide for the subject"
                    + " (no-parental-responsibility, decides-for-themselves…), implied consent for a sensitive"
                    + " category (explicit-consent-required), an unknown recipient (unknown-recipient).")
    @Requires(Capability.RECORD_CONSENTS)
    public Response record(@PathParam("familyId") String familyId, RecordConsentRequest request, UriInfo uri) {
        FamilyId family = FamilyId.parse(familyId);
        RecordConsentRequest body = Fields.body(request);
        Fields fields = new Fields();
        fields.required("subjectId", body.subjectId());
        fields.required("grantorId", body.grantorId());
        fields.required("decision", body.decision());
        ConsentTermsInput terms = ConsentRequests.terms(
                fields,
                body.purposes(),
                body.recipients(),
                body.categories(),
                body.excludedPersonIds(),
                body.notesKeptIn(),
                body.method(),
                body.effectiveFrom(),
                body.reviewBy(),
                body.formReference());
        var command = fields.build(() -> new RecordConsent.Command(
                family, new PersonId(body.subjectId()), new PersonId(body.grantorId()), body.decision(), terms));
        Consent consent = recordConsent.record(actor.get(), command);
        return Response.created(uri.getBaseUriBuilder()
                        .path("consents")
                        .path(consent.id().toString())
                        .build())
                .entity(ConsentView.of(consent, LocalDate.now(clock)))
                .build();
    }

    @GET
    @Operation(
            operationId = "listFamilyConsents",
            summary = "List a family's consents",
            description = "Every consent recorded in the family, oldest first, each with all its versions. For"
                    + " organisations that work or have worked with the family.")
    @APIResponse(responseCode = "200", description = "A page of consents.")
    @APIResponse(responseCode = "400", description = "A paging parameter is invalid.")
    @Requires(Capability.READ_CONSENTS)
    public PageResponse<ConsentView> list(@PathParam("familyId") String familyId, @BeanParam PageParameters paging) {
        FamilyId family = FamilyId.parse(familyId);
        PageRequest page = paging.read();
        LocalDate today = LocalDate.now(clock);
        return PageResponse.of(
                listFamilyConsents.list(actor.get(), family, page), consent -> ConsentView.of(consent, today));
    }
}
