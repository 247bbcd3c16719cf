package org.cradle.adapters.rest.subjectaccess;

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
import java.util.UUID;
import org.cradle.adapters.rest.PageParameters;
import org.cradle.adapters.rest.PageResponse;
import org.cradle.adapters.rest.QueryParameters;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.adapters.rest.ratelimit.CountedAs;
import org.cradle.adapters.rest.subjectaccess.SubjectAccessMessages.ExportView;
import org.cradle.adapters.rest.subjectaccess.SubjectAccessMessages.PackageView;
import org.cradle.adapters.rest.subjectaccess.SubjectAccessMessages.ReviewRequest;
import org.cradle.application.PageRequest;
import org.cradle.application.subjectaccess.ExportQuery;
import org.cradle.application.subjectaccess.GetSubjectAccessExport;
import org.cradle.application.subjectaccess.GetSubjectAccessPackage;
import org.cradle.application.subjectaccess.ListSubjectAccessExports;
import org.cradle.application.subjectaccess.ReleaseSubjectAccessExport;
import org.cradle.application.subjectaccess.ReviewRedaction;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.Text;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.ratelimit.OperationClass;
import org.cradle.domain.subjectaccess.ExportStatus;
import org.cradle.domain.subjectaccess.RedactionId;
import org.cradle.domain.subjectaccess.Review;
import org.cradle.domain.subjectaccess.SubjectAccessExportId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Subject-access exports after preparation: their state and redactions (no content), the records
 * officer's review and release, and the released package as JSON or a printable page.
 */
@Path("/subject-access-exports")
@Tag(name = "Subject access")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubjectAccessExportResource {

    private static final String NOT_FOUND = "No such export, or not your organisation's.";

    private final Provider<Actor> actor;
    private final ListSubjectAccessExports listExports;
    private final GetSubjectAccessExport getExport;
    private final ReviewRedaction reviewRedaction;
    private final ReleaseSubjectAccessExport releaseExport;
    private final GetSubjectAccessPackage getPackage;

    public SubjectAccessExportResource(
            Provider<Actor> actor,
            ListSubjectAccessExports listExports,
            GetSubjectAccessExport getExport,
            ReviewRedaction reviewRedaction,
            ReleaseSubjectAccessExport releaseExport,
            GetSubjectAccessPackage getPackage) {
        this.actor = actor;
        this.listExports = listExports;
        this.getExport = getExport;
        this.reviewRedaction = reviewRedaction;
        this.releaseExport = releaseExport;
        this.getPackage = getPackage;
    }

    @GET
    @Operation(
            operationId = "listSubjectAccessExports",
            summary = "List your organisation's subject-access exports",
            description = "Oldest prepared first, a page at a time, optionally one person's and in one state: with"
                    + " status=AWAITING_REDACTION_REVIEW, the records officers' queue. Without personId only records"
                    + " officers may list them; with it, anyone who may read exports and sees the person. Each shows"
                    + " its state, never its content or redactions; each listed is audited as read.")
    @APIResponse(responseCode = "200", description = "A page of exports.")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid.")
    @APIResponse(
            responseCode = "403",
            description =
                    "Your roles do not allow this, or you listed every person's without being a records" + " officer.")
    @APIResponse(responseCode = "404", description = "No such person, or not one you may see.")
    @Requires(Capability.READ_SUBJECT_ACCESS_EXPORTS)
    public PageResponse<ExportView> list(
            @Parameter(
                            description = "Only this person's exports.",
                            example = "a3e5f7b9-1c2d-4e6f-8a0b-c1d2e3f4a5b6",
                            schema = @Schema(implementation = UUID.class))
                    @QueryParam("personId")
                    String personId,
            @Parameter(
                            description = "AWAITING_REDACTION_REVIEW, READY or RELEASED; all when absent.",
                            example = "AWAITING_REDACTION_REVIEW",
                            schema = @Schema(implementation = ExportStatus.class))
                    @QueryParam("status")
                    String status,
            @BeanParam PageParameters paging) {
        Fields fields = new Fields();
        var person = fields.value("", () -> QueryParameters.uuid("personId", personId));
        ExportStatus only = status == null || status.isBlank() ? null : fields.value("", () -> status(status));
        PageRequest page = paging.read(fields);
        var query = fields.build(() -> new ExportQuery(person == null ? null : new PersonId(person), only));
        return PageResponse.of(listExports.list(actor.get(), query, page), ExportView::of);
    }

    @GET
    @Path("/{exportId}")
    @Operation(
            operationId = "getSubjectAccessExport",
            summary = "Read a subject-access export's state and redactions",
            description = "Its state (AWAITING_REDACTION_REVIEW, READY, RELEASED), who released it and when, and"
                    + " its redactions a page at a time: which item (kind, id, version), why, and how it was"
                    + " reviewed — never what the item says, so records officers review without seeing content."
                    + " For your organisation's exports of people you see; another organisation's does not exist"
                    + " for you. Audited.")
    @APIResponse(
            responseCode = "200",
            description = "The export, with a page of its redactions.",
            content = @Content(schema = @Schema(implementation = ExportView.class)))
    @APIResponse(responseCode = "400", description = "A query parameter is invalid.")
    @APIResponse(responseCode = "403", description = "Your roles do not allow this.")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @Requires(Capability.READ_SUBJECT_ACCESS_EXPORTS)
    public ExportView get(@PathParam("exportId") String exportId, @BeanParam PageParameters paging) {
        SubjectAccessExportId id = SubjectAccessExportId.parse(exportId);
        return ExportView.of(getExport.get(actor.get(), id, paging.read()));
    }

    @POST
    @Path("/{exportId}/redactions/{redactionId}/confirmation")
    @Operation(
            operationId = "confirmRedaction",
            summary = "Confirm a redaction: withhold the item",
            description = "A records officer's review: the item stays out of the package, and a marker says that"
                    + " information about another person was withheld. Give the reason. A review is final. Audited.")
    @APIResponse(
            responseCode = "200",
            description = "Reviewed: the export, with the first page of its redactions.",
            content = @Content(schema = @Schema(implementation = ExportView.class)))
    @APIResponse(responseCode = "400", description = "The reason is missing or invalid.")
    @APIResponse(responseCode = "403", description = "Only records officers review redactions.")
    @APIResponse(responseCode = "404", description = NOT_FOUND + " Or no such redaction in it.")
    @APIResponse(
            responseCode = "409",
            description = "The redaction is already reviewed (redaction-already-reviewed), or the export released"
                    + " (export-released).")
    @Requires(Capability.REVIEW_SUBJECT_ACCESS)
    public ExportView confirm(
            @PathParam("exportId") String exportId,
            @PathParam("redactionId") String redactionId,
            ReviewRequest request) {
        return review(exportId, redactionId, request, Review.Outcome.WITHHELD);
    }

    @POST
    @Path("/{exportId}/redactions/{redactionId}/disclosure")
    @Operation(
            operationId = "discloseRedaction",
            summary = "Disclose a redacted item after all",
            description = "A records officer's review: third-party information goes into the package after all —"
                    + " the third party agreed, or it is reasonable to disclose without their agreement; say which"
                    + " in the reason. Never an item someone's consent excludes the requester from"
                    + " (EXCLUDED_BY_CONSENT): that is only ever withheld. A review is final. Audited, for the person"
                    + " and for each third party whose information is disclosed.")
    @APIResponse(
            responseCode = "200",
            description = "Reviewed: the export, with the first page of its redactions.",
            content = @Content(schema = @Schema(implementation = ExportView.class)))
    @APIResponse(responseCode = "400", description = "The reason is missing or invalid.")
    @APIResponse(responseCode = "403", description = "Only records officers review redactions.")
    @APIResponse(responseCode = "404", description = NOT_FOUND + " Or no such redaction in it.")
    @APIResponse(
            responseCode = "409",
            description = "The redaction is already reviewed (redaction-already-reviewed), or the export released"
                    + " (export-released).")
    @APIResponse(
            responseCode = "422",
            description = "Someone's consent excludes the requester from this item (consent-exclusion-binds).")
    @Requires(Capability.REVIEW_SUBJECT_ACCESS)
    public ExportView disclose(
            @PathParam("exportId") String exportId,
            @PathParam("redactionId") String redactionId,
            ReviewRequest request) {
        return review(exportId, redactionId, request, Review.Outcome.DISCLOSED);
    }

    private ExportView review(String exportId, String redactionId, ReviewRequest request, Review.Outcome outcome) {
        SubjectAccessExportId export = SubjectAccessExportId.parse(exportId);
        RedactionId redaction = RedactionId.parse(redactionId);
        ReviewRequest body = Fields.body(request);
        Fields fields = new Fields();
        String reason = fields.value("", () -> Text.required("reason", body.reason(), Review.MAX_REASON_LENGTH));
        var command = fields.build(() -> new ReviewRedaction.Command(export, redaction, outcome, reason));
        return ExportView.of(reviewRedaction.review(actor.get(), command));
    }

    @POST
    @Path("/{exportId}/release")
    @Operation(
            operationId = "releaseSubjectAccessExport",
            summary = "Release a subject-access export",
            description = "A records officer releases the export to the person once every redaction is reviewed:"
                    + " it records who released it and when, and nothing about it changes after. No body. Audited.")
    @APIResponse(
            responseCode = "200",
            description = "Released.",
            content = @Content(schema = @Schema(implementation = ExportView.class)))
    @APIResponse(responseCode = "403", description = "Only records officers release exports.")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(
            responseCode = "409",
            description = "A redaction is not reviewed yet (redactions-unconfirmed), or it is released already"
                    + " (export-released).")
    @Requires(Capability.REVIEW_SUBJECT_ACCESS)
    public ExportView release(@PathParam("exportId") String exportId) {
        return ExportView.of(releaseExport.release(actor.get(), SubjectAccessExportId.parse(exportId)));
    }

    @GET
    @Path("/{exportId}/package")
    @Operation(
            operationId = "downloadSubjectAccessPackage",
            summary = "Download a released subject-access package as JSON",
            description = "Everything your organisation held about the person when the export was prepared, in"
                    + " sections (details, family memberships, episodes, case notes, consents, confidentiality"
                    + " notices, the disclosure log, who saw the record), each item's fields as text; a withheld"
                    + " item is a marker naming the reason, never its content. Says who released it and when. Only"
                    + " after the release, and only to those who may prepare one for the person (they see all it"
                    + " holds). Audited.")
    @APIResponse(
            responseCode = "200",
            description = "The package.",
            content = @Content(schema = @Schema(implementation = PackageView.class)))
    @APIResponse(
            responseCode = "403",
            description = "Your roles do not allow this, or you do not see all your organisation holds about the"
                    + " person.")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not released yet (export-not-released).")
    @Requires(Capability.PREPARE_SUBJECT_ACCESS)
    @CountedAs(OperationClass.EXPORT)
    public PackageView packageAsJson(@PathParam("exportId") String exportId) {
        return PackageView.of(getPackage.get(actor.get(), SubjectAccessExportId.parse(exportId)));
    }

    @GET
    @Path("/{exportId}/package.html")
    @Produces(MediaType.TEXT_HTML)
    @Operation(
            operationId = "printSubjectAccessPackage",
            summary = "Download a released subject-access package as a printable page",
            description = "The same package as an HTML page to print or hand over: every value HTML-escaped, no"
                    + " scripts, styles or links. Same rules as the JSON package. Audited.")
    @APIResponse(
            responseCode = "200",
            description = "The page.",
            content =
                    @Content(
                            mediaType = MediaType.TEXT_HTML,
                            schema =
                                    @Schema(
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .STRING)))
    @APIResponse(
            responseCode = "403",
            description = "Your roles do not allow this, or you do not see all your organisation holds about the"
                    + " person.")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not released yet (export-not-released).")
    @Requires(Capability.PREPARE_SUBJECT_ACCESS)
    @CountedAs(OperationClass.EXPORT)
    public String packageAsPage(@PathParam("exportId") String exportId) {
        return PackagePage.of(PackageView.of(getPackage.get(actor.get(), SubjectAccessExportId.parse(exportId))));
    }

    private static ExportStatus status(String text) {
        try {
            return ExportStatus.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(
                    "status", "one-of", "status must be one of AWAITING_REDACTION_REVIEW, READY, RELEASED.");
        }
    }
}
