package org.cradle.adapters.rest.sharing;

import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import org.cradle.adapters.rest.QueryParameters;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.application.sharing.DisclosureQuery;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters every disclosure log takes ({@code @BeanParam}): a recipient organisation and a period.
 * Read as text so that a bad value is a 400 naming the parameter.
 */
public class DisclosureFilters {

    @QueryParam("recipient")
    @Parameter(
            description = "Only decisions naming this organisation as recipient.",
            example = "health-visiting",
            schema = @Schema(maxLength = OrganisationId.MAX_LENGTH, pattern = OrganisationId.FORM))
    String recipient;

    @QueryParam("from")
    @Parameter(
            description = "Decided at or after (ISO 8601).",
            example = "2026-11-01T00:00:00Z",
            schema = @Schema(implementation = Instant.class))
    String from;

    @QueryParam("to")
    @Parameter(
            description = "Decided before (ISO 8601).",
            example = "2026-12-01T00:00:00Z",
            schema = @Schema(implementation = Instant.class))
    String to;

    /** The query for {@code person} and {@code family} (either may be {@code null}), refusals added to {@code fields}. */
    DisclosureQuery query(Fields fields, PersonId person, FamilyId family) {
        OrganisationId recipientOrganisation = recipient == null || recipient.isBlank()
                ? null
                : fields.value("", () -> organisation("recipient", recipient.strip()));
        Instant fromInstant = fields.value("", () -> QueryParameters.instant("from", from));
        Instant toInstant = fields.value("", () -> QueryParameters.instant("to", to));
        return fields.value(
                "", () -> new DisclosureQuery(person, family, recipientOrganisation, fromInstant, toInstant));
    }

    private static OrganisationId organisation(String field, String code) {
        try {
            return new OrganisationId(code);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, e.code(), e.getMessage().replace("organisation", field));
        }
    }
}
