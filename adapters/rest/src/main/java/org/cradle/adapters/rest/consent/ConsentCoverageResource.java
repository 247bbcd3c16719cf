package org.cradle.adapters.rest.consent;

import io.quarkus.security.Authenticated;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import org.cradle.adapters.rest.access.Requires;
import org.cradle.adapters.rest.consent.ConsentMessages.CategoryCoverageView;
import org.cradle.adapters.rest.consent.ConsentMessages.CoverageAnswerView;
import org.cradle.adapters.rest.consent.ConsentMessages.CoverageQuestionRequest;
import org.cradle.adapters.rest.consent.ConsentMessages.VersionRefView;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.application.consent.AnswerCoverageQuestion;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.consent.CoverageAnswer;
import org.cradle.domain.consent.CoverageQuestion;
import org.cradle.domain.consent.Party;
import org.cradle.domain.person.PersonId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/consent-coverage")
@Tag(name = "Consents")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsentCoverageResource {

    private final Provider<Actor> actor;
    private final AnswerCoverageQuestion answerCoverageQuestion;
    private final Clock clock;

    public ConsentCoverageResource(Provider<Actor> actor, AnswerCoverageQuestion answerCoverageQuestion, Clock clock) {
        this.actor = actor;
        this.answerCoverageQuestion = answerCoverageQuestion;
        this.clock = clock;
    }

    @POST
    @Operation(
            operationId = "askConsentCoverage",
            summary = "Is this sharing covered by consent?",
            description = "Answers, for a subject, a purpose, a recipient and information categories on a day (today"
                    + " by default): COVERED, REFUSED, WITHDRAWN, EXPIRED or NOT_ASKED, for the whole and per"
                    + " category, with the consent version each answer rests on. A family member the person excluded"
                    + " is refused whatever else was agreed. Changes nothing; the question is audited.")
    @APIResponse(
            responseCode = "200",
            description = "The answer.",
            content = @Content(schema = @Schema(implementation = CoverageAnswerView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid.")
    @APIResponse(responseCode = "404", description = "No such subject.")
    @APIResponse(
            responseCode = "422",
            description = "A family member recipient who is not in any of the subject's families (unknown-recipient).")
    @Requires(Capability.READ_CONSENTS)
    public CoverageAnswerView ask(CoverageQuestionRequest request) {
        CoverageQuestionRequest body = Fields.body(request);
        Fields fields = new Fields();
        fields.required("subjectId", body.subjectId());
        fields.required("purpose", body.purpose());
        fields.required("categories", body.categories());
        Party recipient = fields.required("recipient", body.recipient()) == null
                ? null
                : fields.value("recipient.", () -> ConsentRequests.party(body.recipient()));
        LocalDate on = body.on() == null ? LocalDate.now(clock) : body.on();
        CoverageQuestion question = fields.build(() ->
                new CoverageQuestion(new PersonId(body.subjectId()), body.purpose(), recipient, body.categories(), on));
        CoverageAnswer answer = answerCoverageQuestion.answer(actor.get(), question);
        return new CoverageAnswerView(
                question.subject().value(),
                question.purpose(),
                on,
                answer.coverage(),
                answer.basis().map(VersionRefView::of).orElse(null),
                answer.categories().stream()
                        .map(category -> new CategoryCoverageView(
                                category.category(),
                                category.coverage(),
                                category.basis().map(VersionRefView::of).orElse(null),
                                category.excludedRecipient()))
                        .toList());
    }
}
