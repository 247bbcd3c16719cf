package org.cradle.adapters.rest.consent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cradle.adapters.rest.consent.ConsentMessages.PartyBody;
import org.cradle.adapters.rest.consent.ConsentMessages.RecipientBody;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.application.consent.ConsentTermsInput;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.actor.Role;
import org.cradle.domain.consent.ConsentMethod;
import org.cradle.domain.consent.ConsentTerms;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.consent.NotesKeptIn;
import org.cradle.domain.consent.Party;
import org.cradle.domain.consent.Purpose;
import org.cradle.domain.consent.Recipient;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;

/** Reads the parts consent requests share, collecting every refusal with its field path. */
public final class ConsentRequests {

    private ConsentRequests() {}

    @SuppressWarnings("java:S107") // the terms are these fields; a holder record would only rename them
    static ConsentTermsInput terms(
            Fields fields,
            Set<Purpose> purposes,
            List<RecipientBody> recipients,
            Set<InformationCategory> categories,
            List<UUID> excludedPersonIds,
            NotesKeptIn notesKeptIn,
            ConsentMethod method,
            LocalDate effectiveFrom,
            LocalDate reviewBy,
            String formReference) {
        fields.required("purposes", purposes);
        fields.required("categories", categories);
        fields.required("notesKeptIn", notesKeptIn);
        fields.required("method", method);
        fields.required("effectiveFrom", effectiveFrom);
        fields.required("reviewBy", reviewBy);
        List<Recipient> parsed = new ArrayList<>();
        if (fields.required("recipients", recipients) != null) {
            fields.value("", () -> {
                ConsentTerms.requireFewRecipients(recipients.size());
                return recipients;
            });
            for (int i = 0; i < recipients.size(); i++) {
                int index = i;
                Recipient recipient = fields.value("recipients[" + i + "].", () -> recipient(recipients.get(index)));
                if (recipient != null) {
                    parsed.add(recipient);
                }
            }
        }
        Set<PersonId> excluded = new HashSet<>();
        if (excludedPersonIds != null) {
            fields.value("", () -> {
                ConsentTerms.requireFewExcluded(excludedPersonIds.size());
                return excludedPersonIds;
            });
            for (int i = 0; i < excludedPersonIds.size(); i++) {
                if (excludedPersonIds.get(i) == null) {
                    fields.reject("excludedPersonIds[" + i + "]", "required", "excludedPersonIds must not hold null.");
                } else {
                    excluded.add(new PersonId(excludedPersonIds.get(i)));
                }
            }
        }
        return new ConsentTermsInput(
                purposes, parsed, categories, excluded, notesKeptIn, method, effectiveFrom, reviewBy, formReference);
    }

    static Recipient recipient(RecipientBody body) {
        if (body == null) {
            throw new InvalidValueException("kind", "required", "A recipient is required.");
        }
        if (body.kind() == null) {
            throw new InvalidValueException("kind", "required", "kind is required.");
        }
        return new Recipient(
                body.kind(),
                body.organisation() == null ? null : new OrganisationId(body.organisation()),
                body.role() == null ? null : role(body.role().value()),
                body.practitioner(),
                body.personId() == null ? null : new PersonId(body.personId()));
    }

    public static Party party(PartyBody body) {
        return new Party(
                body.organisation() == null ? null : new OrganisationId(body.organisation()),
                body.role() == null ? null : role(body.role().value()),
                body.practitioner(),
                body.personId() == null ? null : new PersonId(body.personId()));
    }

    private static Role role(String name) {
        return Role.fromTokenName(name)
                .orElseThrow(() -> new InvalidValueException(
                        "role",
                        "unknown-recipient",
                        "role must be one of Cradle's roles: "
                                + String.join(
                                        ", ",
                                        java.util.Arrays.stream(Role.values())
                                                .map(Role::tokenName)
                                                .toList())
                                + "."));
    }
}
