package org.cradle.adapters.rest.casenote;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cradle.adapters.rest.ContractBounds;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.application.casenote.NoteVersion;
import org.cradle.domain.Text;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.casenote.CaseNote;
import org.cradle.domain.casenote.CaseNoteVersion;
import org.cradle.domain.casenote.NoteContent;
import org.cradle.domain.casenote.NoteKind;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request and response bodies of the case note endpoints. */
public final class CaseNoteMessages {

    private CaseNoteMessages() {}

    @Schema(name = "WriteCaseNoteRequest", description = "A case note on an episode.")
    public record WriteNoteRequest(
            @Schema(
                            required = true,
                            maxLength = NoteContent.MAX_TEXT_LENGTH,
                            description = "The note; it may span paragraphs.",
                            example = "Home visit. Mother and baby settled; feeding observed and going well.")
                    String text,
            @Schema(
                            required = true,
                            description = "What kind of information it is. A sensitive category (MENTAL_HEALTH,"
                                    + " SUBSTANCE_USE, DOMESTIC_ABUSE, OFFENDING_HISTORY, SEXUAL_HEALTH) is read only"
                                    + " by the author, the lead practitioner, the team around the family and"
                                    + " safeguarding leads.",
                            example = "DEVELOPMENT_AND_HEALTH")
                    InformationCategory category,
            @Schema(required = true, description = "Fact or opinion: records keep them apart.", example = "FACT")
                    NoteKind kind,
            @Schema(
                            required = true,
                            description = "Whose record the note belongs to: the infant, a parent, or both for linked"
                                    + " records. Members of the episode's family your organisation works with.",
                            example = "[\"a3e5f7b9-1c2d-4e6f-8a0b-c1d2e3f4a5b6\"]",
                            maxItems = NoteContent.MAX_PEOPLE)
                    List<UUID> about,
            @Schema(
                            nullable = true,
                            maxItems = NoteContent.MAX_PEOPLE,
                            description = "Other members of the family the note names (third-party information,"
                                    + " redacted when one of the people it is about asks to see their record); none"
                                    + " of those it is about.",
                            example = "[\"6f1c2b7e-2d4a-4c1e-9a53-0b9e8d7c6a51\"]")
                    List<UUID> mentions) {}

    @Schema(
            name = "CorrectCaseNoteRequest",
            description =
                    "A correction: the note as it should read, with the reason. A new version; the old ones stay.")
    public record CorrectNoteRequest(
            @Schema(
                            required = true,
                            description = "The number of the latest version, as you read it.",
                            example = "1",
                            minimum = ContractBounds.FIRST,
                            maximum = ContractBounds.MOST_INT)
                    Integer expectedVersion,
            @Schema(
                            required = true,
                            maxLength = CaseNote.MAX_REASON_LENGTH,
                            description = "Why the note is corrected.",
                            example = "The visit was on Monday, not Tuesday.")
                    String reason,
            @Schema(required = true, maxLength = NoteContent.MAX_TEXT_LENGTH, example = "Home visit on Monday.")
                    String text,
            @Schema(required = true, example = "DEVELOPMENT_AND_HEALTH") InformationCategory category,
            @Schema(required = true, example = "FACT") NoteKind kind,
            @Schema(
                            required = true,
                            example = "[\"a3e5f7b9-1c2d-4e6f-8a0b-c1d2e3f4a5b6\"]",
                            maxItems = NoteContent.MAX_PEOPLE)
                    List<UUID> about,
            @Schema(nullable = true, example = "[]", maxItems = NoteContent.MAX_PEOPLE) List<UUID> mentions) {}

    @Schema(name = "CaseNote", description = "One version of a case note: the latest, or the one asked for.")
    public record CaseNoteView(
            @Schema(example = "7c9e6679-7425-40de-944b-e07fc1f90ae7") UUID id,
            @Schema(example = "1f0e2d3c-4b5a-4968-8776-a5b4c3d2e1f0") UUID episodeId,
            @Schema(example = "0b6f7a7e-6d1c-4c1e-9a53-2f8e6f1f2c11") UUID familyId,
            @Schema(
                            description = "The organisation that holds the note: the episode's.",
                            example = "north-council",
                            maxLength = OrganisationId.MAX_LENGTH,
                            pattern = OrganisationId.FORM)
                    String organisation,
            @Schema(
                            description = "Who first wrote the note (token subject).",
                            example = "j.adeyemi",
                            maxLength = Actor.MAX_SUBJECT_LENGTH)
                    String author,
            @Schema(
                            description = "The number of the note's latest version.",
                            example = "2",
                            minimum = ContractBounds.FIRST,
                            maximum = ContractBounds.MOST_INT)
                    int latestVersion,
            @Schema(
                            description = "The number of this version.",
                            example = "2",
                            minimum = ContractBounds.FIRST,
                            maximum = ContractBounds.MOST_INT)
                    int version,
            @Schema(example = "Home visit on Monday.", maxLength = NoteContent.MAX_TEXT_LENGTH) String text,
            @Schema(example = "DEVELOPMENT_AND_HEALTH") InformationCategory category,
            @Schema(example = "FACT") NoteKind kind,
            @Schema(
                            description = "Whose record it belongs to.",
                            example = "[\"a3e5f7b9-1c2d-4e6f-8a0b-c1d2e3f4a5b6\"]",
                            maxItems = NoteContent.MAX_PEOPLE)
                    List<UUID> about,
            @Schema(description = "Third parties it names.", example = "[]", maxItems = NoteContent.MAX_PEOPLE)
                    List<UUID> mentions,
            @Schema(
                            description = "Who wrote this version (token subject).",
                            example = "k.osei",
                            maxLength = Actor.MAX_SUBJECT_LENGTH)
                    String writtenBy,
            @Schema(example = "2026-11-21T10:15:30Z") Instant writtenAt,
            @Schema(
                            nullable = true,
                            description = "Why this version corrected the one before; absent on version 1.",
                            example = "The visit was on Monday, not Tuesday.",
                            maxLength = CaseNote.MAX_REASON_LENGTH)
                    String correctionReason) {

        static CaseNoteView of(NoteVersion read) {
            CaseNoteVersion version = read.version();
            return new CaseNoteView(
                    read.note().value(),
                    read.episode().value(),
                    read.family().value(),
                    read.holder().value(),
                    read.author(),
                    read.latestNumber(),
                    version.number(),
                    version.text(),
                    version.category(),
                    version.kind(),
                    version.about().stream().map(PersonId::value).toList(),
                    version.mentions().stream().map(PersonId::value).toList(),
                    version.author(),
                    version.writtenAt(),
                    version.correctionReason());
        }
    }

    /** The note's content from a request, or {@code null} with each refusal added to {@code fields}. */
    static NoteContent content(
            Fields fields,
            String text,
            InformationCategory category,
            NoteKind kind,
            List<UUID> about,
            List<UUID> mentions) {
        fields.value("", () -> Text.requiredParagraphs("text", text, NoteContent.MAX_TEXT_LENGTH));
        fields.required("category", category);
        fields.required("kind", kind);
        fields.required("about", about);
        if (fields.hasErrors()) {
            return null;
        }
        return fields.value(
                "",
                () -> NoteContent.of(text, category, kind, people(about), mentions == null ? null : people(mentions)));
    }

    private static List<PersonId> people(List<UUID> ids) {
        return ids.stream().map(id -> id == null ? null : new PersonId(id)).toList();
    }
}
