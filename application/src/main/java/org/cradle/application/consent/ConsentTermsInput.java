package org.cradle.application.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cradle.domain.consent.ConsentMethod;
import org.cradle.domain.consent.ConsentTerms;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.consent.NotesKeptIn;
import org.cradle.domain.consent.Purpose;
import org.cradle.domain.consent.Recipient;
import org.cradle.domain.person.PersonId;

/** The terms as a command carries them, before the domain checks them. */
public record ConsentTermsInput(
        Set<Purpose> purposes,
        List<Recipient> recipients,
        Set<InformationCategory> categories,
        Set<PersonId> excludedFamilyMembers,
        NotesKeptIn notesKeptIn,
        ConsentMethod method,
        LocalDate effectiveFrom,
        LocalDate reviewBy,
        String formReference) {

    ConsentTerms toTerms() {
        return new ConsentTerms(
                purposes,
                recipients,
                categories,
                excludedFamilyMembers,
                notesKeptIn,
                method,
                effectiveFrom,
                reviewBy,
                formReference);
    }
}
