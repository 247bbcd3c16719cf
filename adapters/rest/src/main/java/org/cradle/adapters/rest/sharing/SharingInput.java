package org.cradle.adapters.rest.sharing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cradle.adapters.rest.consent.ConsentRequests;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.adapters.rest.sharing.SharingMessages.ConsultationBody;
import org.cradle.adapters.rest.sharing.SharingMessages.ShareProposalBody;
import org.cradle.adapters.rest.sharing.SharingMessages.SharedItemBody;
import org.cradle.adapters.rest.sharing.SharingMessages.WithoutConsentBody;
import org.cradle.domain.Text;
import org.cradle.domain.casenote.CaseNoteId;
import org.cradle.domain.consent.Party;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.sharing.Consultation;
import org.cradle.domain.sharing.ShareProposal;
import org.cradle.domain.sharing.SharedItem;
import org.cradle.domain.sharing.SharingDecision;
import org.cradle.domain.sharing.WithoutConsent;

/** Reads a proposal and its parts from a request, naming each field at fault under {@code prefix}. */
public final class SharingInput {

    private SharingInput() {}

    /** The proposal, or {@code null} with the refusals added to {@code fields}. */
    static ShareProposal proposal(Fields fields, String prefix, ShareProposalBody body) {
        if (fields.required(prefix.isEmpty() ? "proposal" : prefix.substring(0, prefix.length() - 1), body) == null) {
            return null;
        }
        Set<PersonId> subjects = subjects(fields, prefix, body.subjectIds());
        Party recipient = fields.required(prefix + "recipient", body.recipient()) == null
                ? null
                : fields.value(prefix + "recipient.", () -> ConsentRequests.party(body.recipient()));
        WithoutConsent withoutConsent = withoutConsent(fields, prefix, body.withoutConsent());
        List<SharedItem> content = content(fields, prefix, body.content());
        fields.required(prefix + "purpose", body.purpose());
        fields.required(prefix + "categories", body.categories());
        if (recipient == null || subjects == null || body.purpose() == null || body.categories() == null) {
            return null;
        }
        return fields.value(
                prefix,
                () -> new ShareProposal(
                        body.purpose(),
                        body.purposeStatement(),
                        subjects,
                        body.categories(),
                        recipient,
                        body.identifying() == null || body.identifying(),
                        body.confidential() == null || body.confidential(),
                        withoutConsent,
                        content));
    }

    /**
     * The case for sharing without consent, {@code null} when none is made, or {@code null} with the
     * refusals added to {@code fields}.
     */
    public static WithoutConsent withoutConsent(Fields fields, String prefix, WithoutConsentBody body) {
        return body == null
                ? null
                : fields.value(
                        prefix, () -> new WithoutConsent(body.basis(), body.rationale(), body.proportionality()));
    }

    private static List<SharedItem> content(Fields fields, String prefix, List<SharedItemBody> bodies) {
        if (bodies == null) {
            return List.of();
        }
        List<SharedItem> items = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            SharedItemBody body = bodies.get(i);
            String at = prefix + "content[" + i + "].";
            if (body == null) {
                fields.reject(at.substring(0, at.length() - 1), "required", "A content item is required.");
                continue;
            }
            if (body.caseNoteId() != null && (body.kind() != null || body.category() != null)) {
                fields.reject(
                        at + "caseNoteId",
                        "exclusive",
                        "A case note's kind and category are its own: give caseNoteId and version, or kind and"
                                + " category, not both.");
                continue;
            }
            SharedItem item = fields.value(
                    at,
                    () -> body.caseNoteId() != null
                            ? SharedItem.caseNote(new CaseNoteId(body.caseNoteId()), body.version(), body.description())
                            : new SharedItem(body.kind(), body.category(), body.description(), null, body.version()));
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    private static Set<PersonId> subjects(Fields fields, String prefix, List<UUID> ids) {
        if (fields.required(prefix + "subjectIds", ids) == null) {
            return null;
        }
        Set<PersonId> subjects = new LinkedHashSet<>();
        for (UUID id : ids) {
            if (!subjects.add(new PersonId(id))) {
                fields.reject(prefix + "subjectIds", "unique", "subjectIds names a person twice: " + id + ".");
            }
        }
        return subjects;
    }

    /**
     * Refuses a decision's note or reason for not telling longer than the decision keeps, as the body is
     * read: before the flowchart is walked, so that the answer names the field.
     */
    public static void statements(Fields fields, String note, String notToldReason) {
        fields.value("", () -> Text.optional("note", note, SharingDecision.MAX_TEXT));
        fields.value("", () -> Text.optional("notToldReason", notToldReason, SharingDecision.MAX_TEXT));
    }

    static List<Consultation> consulted(Fields fields, List<ConsultationBody> bodies) {
        if (bodies == null) {
            return List.of();
        }
        if (fields.value("", () -> {
                    Consultation.requireFew("consulted", bodies.size());
                    return bodies;
                })
                == null) {
            return List.of();
        }
        java.util.ArrayList<Consultation> consulted = new java.util.ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            ConsultationBody body = bodies.get(i);
            Consultation one = fields.value(
                    "consulted[" + i + "].", () -> new Consultation(body.role(), body.name(), body.advice()));
            if (one != null) {
                consulted.add(one);
            }
        }
        return consulted;
    }
}
