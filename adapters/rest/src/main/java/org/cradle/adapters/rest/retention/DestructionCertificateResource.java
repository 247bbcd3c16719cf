package org.cradle.adapters.rest.retention;

import io.quarkus.security.Authenticated;
import jakarta.inject.Provider;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cradle.adapters.rest.ContractBounds;
import org.cradle.adapters.rest.Html;
import org.cradle.adapters.rest.PageParameters;
import org.cradle.adapters.rest.PageResponse;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.application.PageRequest;
import org.cradle.application.retention.GetDestructionCertificate;
import org.cradle.application.retention.ListDestructionCertificates;
import org.cradle.domain.Identifiers;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.retention.DestructionCertificate;
import org.cradle.domain.retention.RetentionDate;
import org.cradle.domain.retention.RuleId;
import org.cradle.domain.retention.SweepRule;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Destruction certificates, for records officers: listed, read, and printed. */
@Path("/retention/certificates")
@Tag(name = "Retention")
@Authenticated
public class DestructionCertificateResource {

    private static final String NOT_FOUND = "No such certificate of your organisation's.";

    @Schema(name = "Tombstone", description = "A record destroyed with the certificate's record, or the record itself.")
    public record TombstoneView(@Schema(example = "CONSENT") RecordType recordType, UUID recordId) {}

    @Schema(
            name = "DestructionCertificate",
            description = "What shows that a record was destroyed, and on what authority. No personal data.")
    public record CertificateView(
            UUID id,
            @Schema(example = "EPISODE") RecordType recordType,
            UUID recordId,
            UUID familyId,
            @Schema(example = "LA-ALLEGATION", maxLength = RuleId.MAX_LENGTH, pattern = RuleId.FORM) String rule,
            @Schema(example = "1", minimum = ContractBounds.FIRST, maximum = ContractBounds.MOST_INT) int ruleVersion,
            @Schema(nullable = true, example = "2", minimum = ContractBounds.FIRST, maximum = ContractBounds.MOST_INT)
                    Integer settingVersion,
            @Schema(description = "The date the record was due.", example = "2026-03-01") LocalDate reviewOn,
            @Schema(
                            description = "The rules, inputs and dates that gave the date, as computed.",
                            example = "Review on 2026-03-01: the latest of 1 rule dates, given by LA-ALLEGATION.",
                            maxLength = RetentionDate.MAX_EXPLANATION_LENGTH)
                    String explanation,
            @Schema(
                            description = "DECIDED: a records officer's decision; AUTOMATIC: the rule ends in"
                                    + " destruction and your organisation turned automatic destruction on.",
                            example = DECIDED,
                            enumeration = {DECIDED, AUTOMATIC})
                    String authority,
            @Schema(nullable = true) UUID decisionId,
            @Schema(nullable = true, example = "r.officer", maxLength = Actor.MAX_SUBJECT_LENGTH) String decidedBy,
            @Schema(nullable = true, example = "s.officer", maxLength = Actor.MAX_SUBJECT_LENGTH) String approvedBy,
            @Schema(
                            example = "Destroyed as decided by r.officer, approved by s.officer.",
                            maxLength = SweepRule.Step.MAX_REASON_LENGTH)
                    String reason,
            @Schema(example = "retention-sweeper", maxLength = Actor.MAX_SUBJECT_LENGTH) String executedBy,
            Instant executedAt,
            @Schema(
                            description = "DELETED: the record's rows were deleted; CRYPTO_SHREDDED: a video whose"
                                    + " data key was destroyed, so no copy of its encrypted bytes can be read, and"
                                    + " whose blob is deleted from the store after.",
                            example = "CRYPTO_SHREDDED")
                    DestructionCertificate.Method method,
            @Schema(
                            description = "How the record was destroyed, and until when backups hold a copy.",
                            example = "Crypto-shredded: the video's data key was destroyed, so no copy of its"
                                    + " encrypted bytes can be read again. Backups holding its wrapped data key age"
                                    + " out, the last on 2026-04-05.",
                            maxLength = 1000)
                    String howDestroyed,
            @Schema(
                            description = "The day the last backup taken before the destruction ages out (the"
                                    + " deployment's cradle.retention.backup-retention after it): until then a"
                                    + " restored backup still holds the record, or a video's wrapped data key.",
                            example = "2026-04-05")
                    LocalDate backupsAgeOutOn,
            @Schema(
                            description = "Every record the destruction removed, the record's own first; empty in a"
                                    + " list of certificates.")
                    List<TombstoneView> destroyed) {

        static final String DECIDED = "DECIDED";
        static final String AUTOMATIC = "AUTOMATIC";

        static CertificateView of(DestructionCertificate certificate) {
            return new CertificateView(
                    certificate.id(),
                    certificate.recordType(),
                    certificate.recordId(),
                    certificate.family(),
                    certificate.rule().value(),
                    certificate.ruleVersion(),
                    certificate.settingVersion(),
                    certificate.reviewOn(),
                    certificate.explanation(),
                    certificate.decided() ? DECIDED : AUTOMATIC,
                    certificate.decision().map(d -> d.decision()).orElse(null),
                    certificate.decision().map(d -> d.decidedBy()).orElse(null),
                    certificate.decision().flatMap(d -> d.approvedBy()).orElse(null),
                    certificate.reason(),
                    certificate.executedBy(),
                    certificate.executedAt(),
                    certificate.method(),
                    certificate.howDestroyed(),
                    certificate.backupsAgeOutOn(),
                    certificate.destroyed().stream()
                            .map(t -> new TombstoneView(t.recordType(), t.recordId()))
                            .toList());
        }
    }

    private final Provider<Actor> actor;
    private final ListDestructionCertificates list;
    private final GetDestructionCertificate get;

    public DestructionCertificateResource(
            Provider<Actor> actor, ListDestructionCertificates list, GetDestructionCertificate get) {
        this.actor = actor;
        this.list = list;
        this.get = get;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listDestructionCertificates",
            summary = "List destruction certificates",
            description = "Records officers. Your organisation's certificates, newest first, a page at a time.")
    @APIResponse(responseCode = "200", description = "A page of certificates.")
    @APIResponse(responseCode = "400", description = "A paging parameter is invalid.")
    @APIResponse(responseCode = "403", description = "Only records officers see certificates.")
    @Requires(Capability.MANAGE_RETENTION)
    public PageResponse<CertificateView> list(@BeanParam PageParameters paging) {
        Fields fields = new Fields();
        PageRequest page = paging.read(fields);
        fields.build(() -> page);
        return PageResponse.of(list.list(actor.get(), page), CertificateView::of);
    }

    @GET
    @Path("/{certificateId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getDestructionCertificate",
            summary = "Read a destruction certificate",
            description = "Records officers of the organisation whose record was destroyed: the certificate with"
                    + " every tombstone it left.")
    @APIResponse(
            responseCode = "200",
            description = "The certificate.",
            content = @Content(schema = @Schema(implementation = CertificateView.class)))
    @APIResponse(responseCode = "403", description = "Only records officers see certificates.")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @Requires(Capability.MANAGE_RETENTION)
    public CertificateView get(
            @Parameter(description = "The certificate's id.", example = "7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f")
                    @PathParam("certificateId")
                    String certificateId) {
        return CertificateView.of(read(certificateId));
    }

    @GET
    @Path("/{certificateId}/certificate.html")
    @Produces(MediaType.TEXT_HTML)
    @Operation(
            operationId = "printDestructionCertificate",
            summary = "Print a destruction certificate",
            description = "The same certificate as an HTML page to print or file: every value HTML-escaped, no"
                    + " scripts, styles or links.")
    @APIResponse(
            responseCode = "200",
            description = "The page.",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", description = "Only records officers see certificates.")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @Requires(Capability.MANAGE_RETENTION)
    public String page(
            @Parameter(description = "The certificate's id.", example = "7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f")
                    @PathParam("certificateId")
                    String certificateId) {
        return page(CertificateView.of(read(certificateId)));
    }

    private DestructionCertificate read(String certificateId) {
        return get.get(actor.get(), Identifiers.parse("certificate", certificateId));
    }

    private static String page(CertificateView certificate) {
        StringBuilder html = new StringBuilder(
                        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Destruction certificate ")
                .append(Html.escape(certificate.id()))
                .append("</title>\n</head>\n<body>\n<h1>Destruction certificate</h1>\n<table>\n");
        row(html, "Certificate", certificate.id());
        row(html, "Record", certificate.recordType() + " " + certificate.recordId());
        row(html, "Family", certificate.familyId());
        row(
                html,
                "Rule",
                certificate.rule() + " version " + certificate.ruleVersion()
                        + (certificate.settingVersion() == null
                                ? ""
                                : ", your organisation's setting version " + certificate.settingVersion()));
        row(html, "Due on", certificate.reviewOn());
        row(html, "How the date was computed", certificate.explanation());
        row(html, "Authority", certificate.authority());
        if (certificate.decisionId() != null) {
            row(html, "Decision", certificate.decisionId());
            row(html, "Decided by", certificate.decidedBy());
            row(
                    html,
                    "Approved by",
                    certificate.approvedBy() == null ? "(no second approval required)" : certificate.approvedBy());
        }
        row(html, "Reason", certificate.reason());
        row(html, "Carried out by", certificate.executedBy());
        row(html, "Carried out at", certificate.executedAt());
        row(html, "How", certificate.howDestroyed());
        row(html, "Backups age out on", certificate.backupsAgeOutOn());
        html.append("</table>\n<h2>Records destroyed</h2>\n<ul>\n");
        for (TombstoneView tombstone : certificate.destroyed()) {
            html.append("<li>")
                    .append(Html.escape(tombstone.recordType() + " " + tombstone.recordId()))
                    .append("</li>\n");
        }
        return html.append(
                        "</ul>\n<p>The records listed were destroyed. This certificate holds no personal data.</p>\n")
                .append("</body>\n</html>\n")
                .toString();
    }

    private static void row(StringBuilder html, String label, Object value) {
        html.append("<tr><th>")
                .append(Html.escape(label))
                .append("</th><td>")
                .append(Html.escape(value))
                .append("</td></tr>\n");
    }
}
