package org.cradle.adapters.rest.confidentiality;

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
import java.util.UUID;
import org.cradle.adapters.rest.PageParameters;
import org.cradle.adapters.rest.PageResponse;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.adapters.rest.confidentiality.ConfidentialityNoticeMessages.NoticeView;
import org.cradle.adapters.rest.confidentiality.ConfidentialityNoticeMessages.RecordNoticeRequest;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.application.PageRequest;
import org.cradle.application.confidentiality.ListConfidentialityNotices;
import org.cradle.application.confidentiality.RecordConfidentialityNotice;
import org.cradle.domain.Text;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.confidentiality.ConfidentialityNotice;
import org.cradle.domain.episode.PractitionerRef;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.person.PersonId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/families/{familyId}/confidentiality-notices")
@Tag(name = "Confidentiality notices")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such family.")
public class FamilyConfidentialityNoticesResource {

    private final Provider<Actor> actor;
    private final RecordConfidentialityNotice recordNotice;
    private final ListConfidentialityNotices listNotices;

    public FamilyConfidentialityNoticesResource(
            Provider<Actor> actor, RecordConfidentialityNotice recordNotice, ListConfidentialityNotices listNotices) {
        this.actor = actor;
        this.recordNotice = recordNotice;
        this.listNotices = listNotices;
    }

    @POST
    @Operation(
            operationId = "recordConfidentialityNotice",
            summary = "Record a confidentiality notice",
            description = "Records that an adult of the family was told what stays confidential and its limits"
                    + " (safeguarding): when, how, by whom (you, unless givenBy says otherwise) and when to go over"
                    + " it again. Only for practitioner, team-manager and safeguarding-lead roles of an organisation"
                    + " with an open episode with the family. A notice is never changed: telling the person again is"
                    + " a new notice, which takes the earlier one's place in the list of notices due for revisit."
                    + " Audited.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded; Location names the notice.",
            content = @Content(schema = @Schema(implementation = NoticeView.class)))
    @APIResponse(
            responseCode = "400",
            description = "A field is missing or invalid, givenOn is in the future, or revisitOn is not after givenOn.")
    @APIResponse(
            responseCode = "403",
            description = "Your roles do not allow this, or your organisation has no open episode with the family.")
    @APIResponse(
            responseCode = "422",
            description = "The person is not a member of the family (not-a-member) or is one of its children"
                    + " (not-an-adult-member).")
    @Requires(Capability.RECORD_CONSENTS)
    public Response record(@PathParam("familyId") String familyId, RecordNoticeRequest request, UriInfo uri) {
        FamilyId family = FamilyId.parse(familyId);
        RecordNoticeRequest body = Fields.body(request);
        Fields fields = new Fields();
        UUID person = fields.required("personId", body.personId());
        fields.required("givenOn", body.givenOn());
        fields.required("method", body.method());
        fields.required("revisitOn", body.revisitOn());
        PractitionerRef givenBy = body.givenBy() == null
                ? null
                : fields.value(
                        "",
                        () -> new PractitionerRef(
                                Text.required("givenBy", body.givenBy(), PractitionerRef.MAX_LENGTH)));
        var command = fields.build(() -> new RecordConfidentialityNotice.Command(
                family, new PersonId(person), body.givenOn(), body.method(), body.revisitOn(), givenBy));
        ConfidentialityNotice notice = recordNotice.record(actor.get(), command);
        return Response.created(uri.getBaseUriBuilder()
                        .path("confidentiality-notices")
                        .path(notice.id().toString())
                        .build())
                .entity(NoticeView.of(notice))
                .build();
    }

    @GET
    @Operation(
            operationId = "listFamilyConfidentialityNotices",
            summary = "List a family's confidentiality notices",
            description = "Every notice given to the family's adults, by any organisation, newest first (by date"
                    + " given, then when recorded), a page at a time. For an organisation that works or has worked"
                    + " with the family. Each notice listed is recorded in the audit trail as read by you.")
    @APIResponse(responseCode = "200", description = "A page of confidentiality notices.")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid.")
    @APIResponse(
            responseCode = "403",
            description =
                    "Your roles do not allow this, or your organisation has never had an episode with the" + " family.")
    @Requires(Capability.READ_CONSENTS)
    public PageResponse<NoticeView> list(@PathParam("familyId") String familyId, @BeanParam PageParameters paging) {
        FamilyId family = FamilyId.parse(familyId);
        PageRequest page = paging.read();
        return PageResponse.of(listNotices.list(actor.get(), family, page), NoticeView::of);
    }
}
