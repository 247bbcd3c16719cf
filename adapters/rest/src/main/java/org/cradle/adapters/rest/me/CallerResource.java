package org.cradle.adapters.rest.me;

import io.quarkus.security.Authenticated;
import jakarta.inject.Provider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.cradle.adapters.rest.RoleName;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Role;
import org.cradle.domain.organisation.OrganisationId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tells a caller how Cradle reads their token: useful when wiring a front end or an identity provider. */
@Path("/me")
@Tag(name = "Caller")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class CallerResource {

    @Schema(name = "Caller", description = "Who Cradle takes you to be.")
    public record CallerView(
            @Schema(description = "The token subject.", example = "practitioner", maxLength = Actor.MAX_SUBJECT_LENGTH)
                    String subject,
            @Schema(example = "north-council", maxLength = OrganisationId.MAX_LENGTH, pattern = OrganisationId.FORM)
                    String organisation,
            @Schema(
                            description = "Cradle roles found in the token; other roles are ignored.",
                            example = "[\"practitioner\"]",
                            uniqueItems = true)
                    List<RoleName> roles) {}

    private final Provider<Actor> actor;

    public CallerResource(Provider<Actor> actor) {
        this.actor = actor;
    }

    @GET
    @Operation(
            operationId = "getCaller",
            summary = "Who am I",
            description = "The subject, organisation and Cradle roles Cradle reads from your token. Not audited: it"
                    + " shows no one's personal data but your own token's.")
    @APIResponse(responseCode = "200", description = "How Cradle reads your token.")
    @Requires(none = true)
    public CallerView me() {
        Actor me = actor.get();
        return new CallerView(
                me.subject(),
                me.organisation().value(),
                me.roles().stream()
                        .map(Role::tokenName)
                        .sorted()
                        .map(RoleName::new)
                        .toList());
    }
}
