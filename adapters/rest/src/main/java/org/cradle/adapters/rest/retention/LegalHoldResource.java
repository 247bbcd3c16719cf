package org.cradle.adapters.rest.retention;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cradle.adapters.rest.PageParameters;
import org.cradle.adapters.rest.PageResponse;
import org.cradle.adapters.rest.QueryParameters;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.application.PageRequest;
import org.cradle.application.retention.CorrectLegalHoldEnd;
import org.cradle.application.retention.GetLegalHold;
import org.cradle.application.retention.ListLegalHolds;
import org.cradle.application.retention.PlaceLegalHold;
import org.cradle.application.retention.ReleaseLegalHold;
import org.cradle.domain.Dates;
import org.cradle.domain.Text;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.retention.HoldScope;
import org.cradle.domain.retention.LegalHold;
import org.cradle.domain.retention.LegalHoldId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Legal holds on an organisation's records, for its records officers. */
@Path("/retention/holds")
@Tag(name = "Retention")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LegalHoldResource {

    @Schema(
            name = "LegalHoldScope",
            description = "What the hold keeps: exactly one of a family, a person, an episode, or every record of"
                    + " your organisation created before a date.")
    public record ScopeBody(
            @Schema(nullable = true, example = "3f2b8e9a-1c4d-4e5f-8a9b-0c1d2e3f4a5b") UUID familyId,
            @Schema(nullable = true) UUID personId,
            @Schema(nullable = true) UUID episodeId,
            @Schema(nullable = true, example = "2010-01-01") LocalDate createdBefore) {}

    @Schema(name = "PlaceLegalHoldRequest", description = "A legal hold to place.")
    public record PlaceRequest(
            @Schema(required = true) ScopeBody scope,
            @Schema(
                            required = true,
                            maxLength = LegalHold.MAX_REASON_LENGTH,
                            example = "Records of children in care before 2010, for the inquiry.")
                    String reason,
            @Schema(
                            required = true,
                            maxLength = LegalHold.MAX_AUTHORITY_LENGTH,
                            example = "Inquiry letter of 20 November 2026")
                    String authority,
            @Schema(
                            nullable = true,
                            description = "The day it stops holding, if known; after today (a hold that has already"
                                    + " ended holds nothing: a day in the past is recorded as a correction of the"
                                    + " hold's end).",
                            example = "2028-01-20")
                    LocalDate endsOn) {}

    @Schema(
            name = "CorrectLegalHoldEndRequest",
            description = "The hold's end corrected after the fact: the day it really ended, or ends, and why.")
    public record CorrectEndRequest(
            @Schema(
                            required = true,
                            description = "The day from which it no longer holds. May be in the past on purpose: the"
                                    + " proceedings it was placed for ended on that day, learnt of later.",
                            example = "2026-09-01")
                    LocalDate endsOn,
            @Schema(
                            required = true,
                            maxLength = LegalHold.MAX_REASON_LENGTH,
                            example = "The care proceedings concluded on 1 September; the court's letter came today.")
                    String reason) {}

    @Schema(name = "LegalHoldCorrection", description = "A correction of a hold's end, made after the fact.")
    public record CorrectionView(
            @Schema(nullable = true, description = "The end recorded before, if any.", example = "2028-01-20")
                    LocalDate endsOnBefore,
            @Schema(description = "The end it recorded.", example = "2026-09-01") LocalDate endsOn,
            @Schema(example = "r.officer", maxLength = Actor.MAX_SUBJECT_LENGTH) String correctedBy,
            Instant correctedAt,
            @Schema(
                            example = "The care proceedings concluded on 1 September; the court's letter came today.",
                            maxLength = LegalHold.MAX_REASON_LENGTH)
                    String reason) {

        static CorrectionView of(LegalHold.EndCorrection correction) {
            return new CorrectionView(
                    correction.endsOnBefore(),
                    correction.endsOn(),
                    correction.by(),
                    correction.at(),
                    correction.reason());
        }
    }

    @Schema(name = "ReleaseLegalHoldRequest", description = "Why the hold is released.")
    public record ReleaseRequest(
            @Schema(required = true, maxLength = LegalHold.MAX_REASON_LENGTH, example = "The inquiry closed.")
                    String reason) {}

    @Schema(
            name = "LegalHold",
            description = "A legal hold: nothing it covers is queued or destroyed while it is active.")
    public record HoldView(
            UUID id,
            @Schema(example = "north-council", maxLength = OrganisationId.MAX_LENGTH, pattern = OrganisationId.FORM)
                    String organisation,
            @Schema(
                            description = "FAMILY, PERSON, EPISODE or CREATED_BEFORE.",
                            example = HoldScope.FAMILY,
                            enumeration = {
                                HoldScope.FAMILY,
                                HoldScope.PERSON,
                                HoldScope.EPISODE,
                                HoldScope.CREATED_BEFORE
                            })
                    String scopeKind,
            ScopeBody scope,
            @Schema(
                            example = "Records of children in care before 2010, for the inquiry.",
                            maxLength = LegalHold.MAX_REASON_LENGTH)
                    String reason,
            @Schema(example = "Inquiry letter of 20 November 2026", maxLength = LegalHold.MAX_AUTHORITY_LENGTH)
                    String authority,
            @Schema(nullable = true, example = "2028-01-20") LocalDate endsOn,
            @Schema(description = "Whether it holds today.", example = "true") boolean active,
            @Schema(example = "r.officer", maxLength = Actor.MAX_SUBJECT_LENGTH) String placedBy,
            Instant placedAt,
            @Schema(nullable = true, example = "r.officer", maxLength = Actor.MAX_SUBJECT_LENGTH) String releasedBy,
            @Schema(nullable = true) Instant releasedAt,
            @Schema(nullable = true, example = "The inquiry closed.", maxLength = LegalHold.MAX_REASON_LENGTH)
                    String releaseReason,
            @Schema(description = "The corrections of its end made after the fact, oldest first.")
                    List<CorrectionView> corrections) {

        static HoldView of(LegalHold hold, LocalDate today) {
            HoldScope scope = hold.scope();
            return new HoldView(
                    hold.id().value(),
                    hold.organisation().value(),
                    scope.kind(),
                    new ScopeBody(
                            scope instanceof HoldScope.Family f ? f.family().value() : null,
                            scope instanceof HoldScope.Person p ? p.person().value() : null,
                            scope instanceof HoldScope.Episode e ? e.episode() : null,
                            scope instanceof HoldScope.CreatedBefore b ? b.before() : null),
                    hold.reason(),
                    hold.authority(),
                    hold.endsOn(),
                    hold.activeOn(today),
                    hold.placedBy(),
                    hold.placedAt(),
                    hold.release().map(LegalHold.Release::by).orElse(null),
                    hold.release().map(LegalHold.Release::at).orElse(null),
                    hold.release().map(LegalHold.Release::reason).orElse(null),
                    hold.corrections().stream().map(CorrectionView::of).toList());
        }
    }

    private final Provider<Actor> actor;
    private final PlaceLegalHold place;
    private final ReleaseLegalHold release;
    private final ListLegalHolds list;
    private final GetLegalHold get;
    private final CorrectLegalHoldEnd correctEnd;
    private final Clock clock;

    public LegalHoldResource(
            Provider<Actor> actor,
            PlaceLegalHold place,
            ReleaseLegalHold release,
            ListLegalHolds list,
            GetLegalHold get,
            CorrectLegalHoldEnd correctEnd,
            Clock clock) {
        this.actor = actor;
        this.place = place;
        this.release = release;
        this.list = list;
        this.get = get;
        this.correctEnd = correctEnd;
        this.clock = clock;
    }

    @POST
    @Operation(
            operationId = "placeLegalHold",
            summary = "Place a legal hold",
            description = "Records officers. Keeps your organisation's records of a family, of a person, of one"
                    + " episode, or all created before a date: while the hold is active none of them is queued or"
                    + " destroyed, whatever its dates, and its retention reads HELD. It ends only when released or"
                    + " on the end date recorded on it. Audited (LEGAL_HOLD_PLACED).")
    @APIResponse(
            responseCode = "201",
            description = "The hold, active.",
            content = @Content(schema = @Schema(implementation = HoldView.class)))
    @APIResponse(
            responseCode = "400",
            description = "A field is missing or invalid, or the scope names not exactly one thing.")
    @APIResponse(responseCode = "403", description = "Only records officers place holds.")
    @APIResponse(
            responseCode = "404",
            description = "The family, person or episode is not one your organisation holds.")
    @Requires(Capability.MANAGE_RETENTION)
    public Response place(PlaceRequest request, @Context UriInfo uri) {
        PlaceRequest body = Fields.body(request);
        Fields fields = new Fields();
        HoldScope scope = scope(fields, body.scope());
        String reason =
                fields.value("", () -> Text.requiredParagraphs("reason", body.reason(), LegalHold.MAX_REASON_LENGTH));
        String authority =
                fields.value("", () -> Text.required("authority", body.authority(), LegalHold.MAX_AUTHORITY_LENGTH));
        fields.value("", () -> Dates.within("endsOn", body.endsOn()));
        PlaceLegalHold.Command command =
                fields.build(() -> new PlaceLegalHold.Command(scope, reason, authority, body.endsOn()));
        LegalHold hold = place.place(actor.get(), command);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(hold.id().toString()).build())
                .entity(HoldView.of(hold, today()))
                .build();
    }

    @GET
    @Operation(
            operationId = "listLegalHolds",
            summary = "List your organisation's legal holds",
            description = "Records officers. Newest first, a page at a time; released=false lists those not released.")
    @APIResponse(responseCode = "200", description = "A page of holds.")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid.")
    @APIResponse(responseCode = "403", description = "Only records officers see holds.")
    @Requires(Capability.MANAGE_RETENTION)
    public PageResponse<HoldView> list(
            @Parameter(
                            description = "true: only released; false: only not released; absent: all.",
                            example = "false",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    @QueryParam("released")
                    String released,
            @BeanParam PageParameters paging) {
        Fields fields = new Fields();
        Boolean onlyReleased = fields.value("", () -> QueryParameters.bool("released", released));
        PageRequest page = paging.read(fields);
        fields.build(() -> page);
        LocalDate today = today();
        return PageResponse.of(list.list(actor.get(), onlyReleased, page), hold -> HoldView.of(hold, today));
    }

    @GET
    @Path("/{holdId}")
    @Operation(
            operationId = "getLegalHold",
            summary = "Read a legal hold",
            description = "Records officers of the organisation that placed it.")
    @APIResponse(
            responseCode = "200",
            description = "The hold.",
            content = @Content(schema = @Schema(implementation = HoldView.class)))
    @APIResponse(responseCode = "403", description = "Only records officers see holds.")
    @APIResponse(responseCode = "404", description = "No such hold of your organisation's.")
    @Requires(Capability.MANAGE_RETENTION)
    public HoldView get(
            @Parameter(description = "The hold's id.", example = "5b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e")
                    @PathParam("holdId")
                    String holdId) {
        return HoldView.of(get.get(actor.get(), LegalHoldId.parse(holdId)), today());
    }

    @POST
    @Path("/{holdId}/release")
    @Operation(
            operationId = "releaseLegalHold",
            summary = "Release a legal hold",
            description = "Records officers of the organisation that placed it, with the reason: from now on the"
                    + " records it kept follow their dates again. Once only. Audited (LEGAL_HOLD_RELEASED).")
    @APIResponse(
            responseCode = "200",
            description = "The hold, released.",
            content = @Content(schema = @Schema(implementation = HoldView.class)))
    @APIResponse(responseCode = "400", description = "The reason is missing or invalid.")
    @APIResponse(responseCode = "403", description = "Only records officers release holds.")
    @APIResponse(responseCode = "404", description = "No such hold of your organisation's.")
    @APIResponse(responseCode = "409", description = "It is already released (already-released).")
    @Requires(Capability.MANAGE_RETENTION)
    public HoldView release(
            @Parameter(description = "The hold's id.", example = "5b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e")
                    @PathParam("holdId")
                    String holdId,
            ReleaseRequest request) {
        LegalHoldId id = LegalHoldId.parse(holdId);
        ReleaseRequest body = Fields.body(request);
        Fields fields = new Fields();
        String reason =
                fields.value("", () -> Text.requiredParagraphs("reason", body.reason(), LegalHold.MAX_REASON_LENGTH));
        fields.build(() -> reason);
        return HoldView.of(release.release(actor.get(), id, reason), today());
    }

    @POST
    @Path("/{holdId}/corrections")
    @Operation(
            operationId = "correctLegalHoldEnd",
            summary = "Correct a legal hold's end after the fact",
            description = "Records officers of the organisation that placed it, with the reason: the day the hold"
                    + " really ended, or ends. The day may be in the past on purpose (the proceedings ended on a"
                    + " given day, learnt of later), which placing a hold refuses: from that day the records it kept"
                    + " follow their dates again. Kept on the hold with the end it replaced, who and when. A"
                    + " released hold ended by its release and is not corrected. Audited (LEGAL_HOLD_CORRECTED).")
    @APIResponse(
            responseCode = "200",
            description = "The hold with its corrected end.",
            content = @Content(schema = @Schema(implementation = HoldView.class)))
    @APIResponse(responseCode = "400", description = "The end or the reason is missing or invalid.")
    @APIResponse(responseCode = "403", description = "Only records officers correct holds.")
    @APIResponse(responseCode = "404", description = "No such hold of your organisation's.")
    @APIResponse(responseCode = "409", description = "It is released (already-released).")
    @APIResponse(responseCode = "422", description = "It already ends on that day (nothing-corrected).")
    @Requires(Capability.MANAGE_RETENTION)
    public HoldView correctEnd(
            @Parameter(description = "The hold's id.", example = "5b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e")
                    @PathParam("holdId")
                    String holdId,
            CorrectEndRequest request) {
        LegalHoldId id = LegalHoldId.parse(holdId);
        CorrectEndRequest body = Fields.body(request);
        Fields fields = new Fields();
        fields.required("endsOn", body.endsOn());
        fields.value("", () -> Dates.within("endsOn", body.endsOn()));
        String reason =
                fields.value("", () -> Text.requiredParagraphs("reason", body.reason(), LegalHold.MAX_REASON_LENGTH));
        CorrectLegalHoldEnd.Command command =
                fields.build(() -> new CorrectLegalHoldEnd.Command(id, body.endsOn(), reason));
        return HoldView.of(correctEnd.correct(actor.get(), command), today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Exactly one of the scope's fields. */
    private static HoldScope scope(Fields fields, ScopeBody body) {
        if (fields.required("scope", body) == null) {
            return null;
        }
        int named = (body.familyId() == null ? 0 : 1)
                + (body.personId() == null ? 0 : 1)
                + (body.episodeId() == null ? 0 : 1)
                + (body.createdBefore() == null ? 0 : 1);
        if (named != 1) {
            fields.reject(
                    "scope",
                    "exactly-one",
                    "scope names exactly one of familyId, personId, episodeId and createdBefore.");
            return null;
        }
        if (body.familyId() != null) {
            return new HoldScope.Family(new FamilyId(body.familyId()));
        }
        if (body.personId() != null) {
            return new HoldScope.Person(new PersonId(body.personId()));
        }
        if (body.episodeId() != null) {
            return new HoldScope.Episode(body.episodeId());
        }
        return fields.value("", () -> new HoldScope.CreatedBefore(body.createdBefore()));
    }
}
