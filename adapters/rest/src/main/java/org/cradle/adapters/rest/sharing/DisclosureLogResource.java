package org.cradle.adapters.rest.sharing;

import io.quarkus.security.Authenticated;
import jakarta.inject.Provider;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.cradle.adapters.rest.PageParameters;
import org.cradle.adapters.rest.PageResponse;
import org.cradle.adapters.rest.QueryParameters;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.adapters.rest.sharing.SharingMessages.SharingDecisionView;
import org.cradle.application.PageRequest;
import org.cradle.application.sharing.DisclosureQuery;
import org.cradle.application.sharing.ListDisclosures;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.person.PersonId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A person's disclosure log: "who has my information been shared with". */
@Path("/people/{personId}/disclosures")
@Tag(name = "Sharing")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DisclosureLogResource {

    private final Provider<Actor> actor;
    private final ListDisclosures listDisclosures;

    public DisclosureLogResource(Provider<Actor> actor, ListDisclosures listDisclosures) {
        this.actor = actor;
        this.listDisclosures = listDisclosures;
    }

    @GET
    @Operation(
            operationId = "listPersonDisclosures",
            summary = "With whom this person's information was shared, or refused",
            description = "The disclosure log: every decision about the person that your organisation made — to"
                    + " share and not to share — and every share it received, with whom, when and why, newest first,"
                    + " optionally"
                    + " for one family, one recipient organisation and a period. What a subject-access request asks."
                    + " Reading it is audited.")
    @APIResponse(responseCode = "200", description = "A page of decisions.")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid.")
    @APIResponse(responseCode = "404", description = "No such person, or not one you may see.")
    @Requires(Capability.READ_DISCLOSURES)
    public PageResponse<SharingDecisionView> disclosures(
            @PathParam("personId") String personId,
            @Parameter(description = "Only decisions in this family.", schema = @Schema(implementation = UUID.class))
                    @QueryParam("familyId")
                    String familyId,
            @BeanParam DisclosureFilters filters,
            @BeanParam PageParameters paging) {
        PersonId person = PersonId.parse(personId);
        Fields fields = new Fields();
        FamilyId family = fields.value(
                "",
                () -> familyId == null || familyId.isBlank()
                        ? null
                        : new FamilyId(QueryParameters.uuid("familyId", familyId)));
        DisclosureQuery query = filters.query(fields, person, family);
        PageRequest page = paging.read(fields);
        return PageResponse.of(
                listDisclosures.list(actor.get(), fields.build(() -> query), page), SharingDecisionView::of);
    }
}
