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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import org.cradle.adapters.rest.ContractBounds;
import org.cradle.adapters.rest.PageParameters;
import org.cradle.adapters.rest.PageResponse;
import org.cradle.adapters.rest.QueryParameters;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.adapters.rest.consent.ConsentMessages.ConsentView;
import org.cradle.adapters.rest.consent.ConsentMessages.ReviewConsentRequest;
import org.cradle.adapters.rest.consent.ConsentMessages.WithdrawConsentRequest;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.application.PageRequest;
import org.cradle.application.consent.ConsentTermsInput;
import org.cradle.application.consent.GetConsent;
import org.cradle.application.consent.IssueConsentReceipt;
import org.cradle.application.consent.ListConsentsDueForReview;
import org.cradle.application.consent.ReviewConsent;
import org.cradle.application.consent.WithdrawConsent;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.consent.ConsentId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/consents")
@Tag(name = "Consents")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsentResource {

    private final Provider<Actor> actor;
    private final GetConsent getConsent;
    private final ReviewConsent reviewConsent;
    private final WithdrawConsent withdrawConsent;
    private final IssueConsentReceipt issueConsentReceipt;
    private final ListConsentsDueForReview listConsentsDueForReview;
    private final Clock clock;

    public ConsentResource(
            Provider<Actor> actor,
            GetConsent getConsent,
            ReviewConsent reviewConsent,
            WithdrawConsent withdrawConsent,
            IssueConsentReceipt issueConsentReceipt,
            ListConsentsDueForReview listConsentsDueForReview,
            Clock clock) {
        this.actor = actor;
        this.getConsent = getConsent;
        this.reviewConsent = reviewConsent;
        this.withdrawConsent = withdrawConsent;
        this.issueConsentReceipt = issueConsentReceipt;
        this.listConsentsDueForReview = listConsentsDueForReview;
        this.clock = clock;
    }

    @GET
    @Path("/{consentId}")
    @Operation(
            operationId = "getConsent",
            summary = "Read a consent",
            description = "The consent with every version it has had, and where it stands today. For"
                    + " organisations that work or have worked with the family.")
    @APIResponse(
            responseCode = "200",
            description = "The consent.",
            content = @Content(schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "404", description = "No such consent.")
    @Requires(Capability.READ_CONSENTS)
    public ConsentView get(@PathParam("consentId") String consentId) {
        return ConsentView.of(getConsent.get(actor.get(), ConsentId.parse(consentId)), LocalDate.now(clock));
    }

    @POST
    @Path("/{consentId}/reviews")
    @Operation(
            operationId = "reviewConsent",
            summary = "Review a consent",
            description = "Re-confirms the decision, or changes it or its terms: a new version that supersedes the"
                    + " current one from its effectiveFrom. The old versions stay readable.")
    @APIResponse(
            responseCode = "200",
            description = "Reviewed: the consent with its new version.",
            content = @Content(schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid.")
    @APIResponse(responseCode = "404", description = "No such consent.")
    @APIResponse(responseCode = "409", description = "Another version was added since you read it (stale-version).")
    @APIResponse(
            responseCode = "422",
            description = "The consent was withdrawn (withdrawn), or the rules refuse the new terms.")
    @Requires(Capability.RECORD_CONSENTS)
    public ConsentView review(@PathParam("consentId") String consentId, ReviewConsentRequest request) {
        ConsentId id = ConsentId.parse(consentId);
        ReviewConsentRequest body = Fields.body(request);
        Fields fields = new Fields();
        fields.required("version", body.version());
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
        var command = fields.build(() -> new ReviewConsent.Command(id, body.version(), body.decision(), terms));
        return ConsentView.of(reviewConsent.review(actor.get(), command), LocalDate.now(clock));
    }

    @POST
    @Path("/{consentId}/withdrawal")
    @Operation(
            operationId = "withdrawConsent",
            summary = "Withdraw a consent",
            description = "One call, as easy as giving it. From today unless effectiveFrom says otherwise; not"
                    + " retroactive: the versions before stay as they were.")
    @APIResponse(
            responseCode = "200",
            description = "Withdrawn: the consent with its withdrawal version.",
            content = @Content(schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(
            responseCode = "400",
            description = "version is missing, or effectiveFrom is in the future or before the current version's.")
    @APIResponse(responseCode = "404", description = "No such consent.")
    @APIResponse(responseCode = "409", description = "Another version was added since you read it (stale-version).")
    @APIResponse(
            responseCode = "422",
            description = "Already withdrawn (already-withdrawn), or a refusal (nothing-to-withdraw).")
    @Requires(Capability.RECORD_CONSENTS)
    public ConsentView withdraw(@PathParam("consentId") String consentId, WithdrawConsentRequest request) {
        ConsentId id = ConsentId.parse(consentId);
        WithdrawConsentRequest body = Fields.body(request);
        Fields fields = new Fields();
        fields.required("version", body.version());
        var command = fields.build(() -> new WithdrawConsent.Command(id, body.version(), body.effectiveFrom()));
        return ConsentView.of(withdrawConsent.withdraw(actor.get(), command), LocalDate.now(clock));
    }

    @GET
    @Path("/{consentId}/versions/{version}/receipt")
    @Operation(
            operationId = "getConsentReceipt",
            summary = "Get a consent receipt",
            description = "A machine-readable receipt for one version, for the family: the shape of the Kantara"
                    + " Consent Receipt v1.1 (as ISO/IEC TS 27560 records it), with Cradle's own fields under"
                    + " `cradle`.")
    @APIResponse(
            responseCode = "200",
            description = "The receipt.",
            content = @Content(schema = @Schema(implementation = ConsentReceiptDocument.class)))
    @APIResponse(responseCode = "404", description = "No such consent or version.")
    @Requires(Capability.READ_CONSENTS)
    public ConsentReceiptDocument receipt(
            @PathParam("consentId") String consentId,
            @Parameter(
                            description = "The version number.",
                            example = "1",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = ContractBounds.FIRST,
                                            maximum = ContractBounds.MOST_INT))
                    @PathParam("version")
                    String version) {
        ConsentId id = ConsentId.parse(consentId);
        int number = versionNumber(version);
        return ConsentReceiptDocument.of(issueConsentReceipt.issue(actor.get(), id, number));
    }

    @GET
    @Path("/due-for-review")
    @Operation(
            operationId = "listConsentsDueForReview",
            summary = "List consents due for review",
            description = "Given consents first recorded by your organisation whose review date is on or before"
                    + " `on` (today by default), soonest first. Those already past it have expired: they no longer"
                    + " count as given until reviewed.")
    @APIResponse(responseCode = "200", description = "A page of consents.")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid.")
    @Requires(Capability.READ_CONSENTS)
    public PageResponse<ConsentView> dueForReview(
            @Parameter(
                            description = "Due by this day; today when absent.",
                            example = "2026-12-31",
                            schema = @Schema(implementation = LocalDate.class))
                    @QueryParam("on")
                    String on,
            @BeanParam PageParameters paging) {
        Fields fields = new Fields();
        LocalDate day = fields.value("", () -> QueryParameters.date("on", on));
        PageRequest page = paging.read(fields);
        fields.build(() -> page);
        LocalDate today = LocalDate.now(clock);
        return PageResponse.of(
                listConsentsDueForReview.list(actor.get(), day, page), consent -> ConsentView.of(consent, today));
    }

    private static int versionNumber(String text) {
        try {
            int number = Integer.parseInt(text);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new org.cradle.domain.RecordNotFoundException("consent version", text);
    }
}
