package org.cradle.adapters.rest.consent;

import io.quarkus.security.Authenticated;
import jakarta.inject.Provider;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.cradle.adapters.rest.ContractBounds;
import org.cradle.adapters.rest.PageParameters;
import org.cradle.adapters.rest.PageResponse;
import org.cradle.adapters.rest.QueryParameters;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.adapters.rest.consent.ConsentMessages.ConsentAtDateView;
import org.cradle.adapters.rest.consent.ConsentMessages.ConsentEventView;
import org.cradle.adapters.rest.consent.ConsentMessages.ConsentVersionView;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.consent.FindConsentsInForce;
import org.cradle.application.consent.GetConsentHistory;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.person.PersonId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/people/{personId}")
@Tag(name = "Consents")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such person.")
@APIResponse(responseCode = "400", description = "A query parameter is invalid.")
public class PersonConsentsResource {

    @Schema(name = "ConsentsAtDate", description = "What a person had agreed to, or refused, on a day.")
    /** The day asked about and a page of the consents as they stood then: the page's fields as every list's. */
    public record ConsentsAtDateView(
            @Schema(example = "2026-03-14") LocalDate on,
            @Schema(description = "The consents on this page.", maxItems = PageRequest.MAX_SIZE)
                    List<ConsentAtDateView> consents,
            @Schema(
                            description = "Page number, from 0.",
                            example = "0",
                            minimum = "" + PageRequest.FIRST_PAGE,
                            maximum = ContractBounds.MOST_INT)
                    int page,
            @Schema(
                            description = "Requested page size (1–100).",
                            example = "20",
                            minimum = "" + PageRequest.MIN_SIZE,
                            maximum = "" + PageRequest.MAX_SIZE)
                    int size,
            @Schema(
                            description = "Consents in force that day that you see, across all pages.",
                            example = "42",
                            minimum = ContractBounds.NONE,
                            maximum = ContractBounds.MOST_LONG)
                    long totalItems,
            @Schema(
                            description = "Number of pages.",
                            example = "3",
                            minimum = ContractBounds.NONE,
                            maximum = ContractBounds.MOST_LONG)
                    long totalPages) {

        static ConsentsAtDateView of(LocalDate on, Page<ConsentAtDateView> page) {
            return new ConsentsAtDateView(
                    on,
                    page.items(),
                    page.request().page(),
                    page.request().size(),
                    page.totalItems(),
                    page.totalPages());
        }
    }

    private final Provider<Actor> actor;
    private final FindConsentsInForce findConsentsInForce;
    private final GetConsentHistory getConsentHistory;
    private final Clock clock;

    public PersonConsentsResource(
            Provider<Actor> actor,
            FindConsentsInForce findConsentsInForce,
            GetConsentHistory getConsentHistory,
            Clock clock) {
        this.actor = actor;
        this.findConsentsInForce = findConsentsInForce;
        this.getConsentHistory = getConsentHistory;
        this.clock = clock;
    }

    @GET
    @Path("/consents")
    @Operation(
            operationId = "getPersonConsentsOnDate",
            summary = "What a person had agreed to on a day",
            description = "Each of the person's consents as it stood on `on` (today by default): the version in"
                    + " force then and its status (GIVEN, REFUSED, WITHDRAWN or EXPIRED). Consents not yet"
                    + " effective that day are left out. For organisations that work or have worked with one of"
                    + " the person's families. A page at a time (20 by default); each consent on the page is"
                    + " audited as read.")
    @APIResponse(
            responseCode = "200",
            description = "The consents in force that day.",
            content = @Content(schema = @Schema(implementation = ConsentsAtDateView.class)))
    @Requires(Capability.READ_CONSENTS)
    public ConsentsAtDateView inForce(
            @PathParam("personId") String personId,
            @Parameter(
                            description = "The day asked about; today when absent.",
                            example = "2026-03-14",
                            schema = @Schema(implementation = LocalDate.class))
                    @QueryParam("on")
                    String on,
            @BeanParam PageParameters paging) {
        PersonId person = PersonId.parse(personId);
        Fields fields = new Fields();
        LocalDate day = fields.value("", () -> QueryParameters.date("on", on));
        PageRequest page = paging.read(fields);
        LocalDate asked = fields.build(() -> day == null ? LocalDate.now(clock) : day);
        return ConsentsAtDateView.of(
                asked,
                findConsentsInForce
                        .find(actor.get(), person, asked, page)
                        .map(event -> new ConsentAtDateView(
                                event.consent().id().value(),
                                event.consent().family().value(),
                                event.consent().grantor().value(),
                                event.version().statusOn(asked),
                                ConsentVersionView.of(event.version()))));
    }

    @GET
    @Path("/consent-history")
    @Operation(
            operationId = "getPersonConsentHistory",
            summary = "The history of a person's consents",
            description = "Every version of every consent about the person (given, refused, reviewed, withdrawn),"
                    + " in the order they were recorded.")
    @APIResponse(responseCode = "200", description = "A page of consent events.")
    @Requires(Capability.READ_CONSENTS)
    public PageResponse<ConsentEventView> history(
            @PathParam("personId") String personId, @BeanParam PageParameters paging) {
        PersonId person = PersonId.parse(personId);
        PageRequest page = paging.read();
        return PageResponse.of(
                getConsentHistory.history(actor.get(), person, page),
                event -> new ConsentEventView(
                        event.consent().id().value(),
                        event.consent().family().value(),
                        event.consent().grantor().value(),
                        ConsentVersionView.of(event.version())));
    }
}
