package org.cradle.adapters.rest.confidentiality;

import io.quarkus.security.Authenticated;
import jakarta.inject.Provider;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.cradle.adapters.rest.PageParameters;
import org.cradle.adapters.rest.PageResponse;
import org.cradle.adapters.rest.QueryParameters;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.adapters.rest.confidentiality.ConfidentialityNoticeMessages.NoticeView;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.application.PageRequest;
import org.cradle.application.confidentiality.GetConfidentialityNotice;
import org.cradle.application.confidentiality.ListNoticesDueForRevisit;
import org.cradle.domain.Text;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.confidentiality.ConfidentialityNoticeId;
import org.cradle.domain.episode.PractitionerRef;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/confidentiality-notices")
@Tag(name = "Confidentiality notices")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ConfidentialityNoticeResource {

    private final Provider<Actor> actor;
    private final GetConfidentialityNotice getNotice;
    private final ListNoticesDueForRevisit listDue;

    public ConfidentialityNoticeResource(
            Provider<Actor> actor, GetConfidentialityNotice getNotice, ListNoticesDueForRevisit listDue) {
        this.actor = actor;
        this.getNotice = getNotice;
        this.listDue = listDue;
    }

    @GET
    @Path("/due-for-revisit")
    @Operation(
            operationId = "listConfidentialityNoticesDueForRevisit",
            summary = "List the confidentiality notices due for revisit",
            description = "The notices your organisation should go over again, across every family: for each adult,"
                    + " the newest notice your organisation gave them in a family (earlier ones are history), when"
                    + " its revisit date is on or before the given date. Only your organisation's notices; optionally"
                    + " only those one practitioner gave. Ordered by revisit date, then id, a page at a time. Each"
                    + " notice listed is recorded in the audit trail as read by you.")
    @APIResponse(responseCode = "200", description = "A page of confidentiality notices.")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid.")
    @Requires(Capability.READ_CONSENTS)
    public PageResponse<NoticeView> dueForRevisit(
            @Parameter(
                            description = "Notices to revisit on or before this date (default today).",
                            example = "2027-01-01",
                            schema = @Schema(implementation = LocalDate.class))
                    @QueryParam("on")
                    String on,
            @Parameter(
                            description = "Only the notices this practitioner gave (their givenBy).",
                            example = "j.mensah",
                            schema = @Schema(maxLength = PractitionerRef.MAX_LENGTH))
                    @QueryParam("practitioner")
                    String practitioner,
            @BeanParam PageParameters paging) {
        Fields fields = new Fields();
        LocalDate date = fields.value("", () -> QueryParameters.date("on", on));
        PractitionerRef givenBy = practitioner == null || practitioner.isBlank()
                ? null
                : fields.value(
                        "",
                        () -> new PractitionerRef(
                                Text.required("practitioner", practitioner, PractitionerRef.MAX_LENGTH)));
        PageRequest page = paging.read(fields);
        var query = fields.build(() -> new ListNoticesDueForRevisit.Query(date, givenBy));
        return PageResponse.of(listDue.list(actor.get(), query, page), NoticeView::of);
    }

    @GET
    @Path("/{noticeId}")
    @Operation(
            operationId = "getConfidentialityNotice",
            summary = "Read a confidentiality notice",
            description = "One notice, for an organisation that works or has worked with its family. Audited.")
    @APIResponse(
            responseCode = "200",
            description = "The notice.",
            content = @Content(schema = @Schema(implementation = NoticeView.class)))
    @APIResponse(
            responseCode = "403",
            description =
                    "Your roles do not allow this, or your organisation has never had an episode with the" + " family.")
    @APIResponse(responseCode = "404", description = "No such notice.")
    @Requires(Capability.READ_CONSENTS)
    public NoticeView get(@PathParam("noticeId") String noticeId) {
        return NoticeView.of(getNotice.get(actor.get(), ConfidentialityNoticeId.parse(noticeId)));
    }
}
