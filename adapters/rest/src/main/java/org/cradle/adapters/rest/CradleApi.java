package org.cradle.adapters.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.cradle.adapters.rest.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The version 1 HTTP contract. Every operation needs an OIDC bearer token. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        // Every error answer is a Problem; ProblemResponsesFilter attaches it to each 4xx and 5xx answer.
        components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)),
        info =
                @Info(
                        title = "Cradle API",
                        version = "1",
                        description =
                                "Records for parent–infant, Early Help and children's-centre services: families, the"
                                        + " people in them and the episodes of work with them. Every call needs an OIDC bearer token"
                                        + " naming the caller's organisation and Cradle roles; every read and write of personal data"
                                        + " is audited. Errors are RFC 9457 application/problem+json. Lists are paged (page from 0,"
                                        + " size 1–100, default 20)."),
        security = @SecurityRequirement(name = CradleApi.BEARER),
        tags = {
            @Tag(name = "Families", description = "Families, their record-keeping mode and their members."),
            @Tag(name = "People", description = "People, each held once however many families they belong to."),
            @Tag(name = "Episodes", description = "Pieces of work by one service with a family."),
            @Tag(
                    name = "Consents",
                    description = "People's decisions about sharing information about them: recorded, reviewed,"
                            + " withdrawn, never overwritten; and the question they answer."),
            @Tag(
                    name = "Confidentiality notices",
                    description = "What each adult was told stays confidential, and when to go over it again."),
            @Tag(
                    name = "Break-glass",
                    description = "Urgent, read-only, time-limited access to a family outside one's scope, for a"
                            + " stated reason; flagged in the audit trail and reviewed."),
            @Tag(
                    name = "Case notes",
                    description = "What practitioners write on an episode, as fact or opinion, in a category; never"
                            + " edited in place, every version kept."),
            @Tag(
                    name = "Session videos",
                    description = "Recordings of sessions (video interaction guidance, supervision): uploaded by tus,"
                            + " sealed with a key of their own, played by range, under three consents (to record,"
                            + " supervision, training); the parent's property unless decided otherwise, given back"
                            + " and crypto-shredded."),
            @Tag(
                    name = "Referrals",
                    description = "One organisation refers a family's people to another, which accepts or declines;"
                            + " and requests for a referral found by NHS number."),
            @Tag(
                    name = "Sharing",
                    description = "Decisions to share or not to share, walked through the information-sharing"
                            + " flowchart, chained and logged; who was told."),
            @Tag(
                    name = "Subject access",
                    description = "A person's request to see what Cradle holds about them: prepared, redacted,"
                            + " released, downloaded once."),
            @Tag(
                    name = "Retention",
                    description = "How long records are kept and why: the schedule as data, legal holds, the review"
                            + " queue, decisions, sweeps and destruction certificates."),
            @Tag(name = "Organisations", description = "The directory of organisations Cradle knows."),
            @Tag(name = "Audit", description = "Who read or changed which record, for auditors."),
            @Tag(name = "Caller", description = "Who the token says you are.")
        })
@SecurityScheme(
        securitySchemeName = CradleApi.BEARER,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "An access token (a JWT) from the organisation's OIDC provider (see docs/operations.md),"
                + " verified as RFC8725 (JWT best current practices) asks: the signature by the issuer's published"
                + " keys with the algorithms it announces (never none), the issuer, the audience where configured and"
                + " the expiry.")
public class CradleApi extends Application {

    public static final String BEARER = "bearer";
}
