package org.cradle.domain.access;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.consent.Consent;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;

/**
 * What the access policy needs to know of one record in a family: which organisation holds it, who
 * wrote it, whom it is about, what kind of information it is. Episodes, consents and confidentiality
 * notices are basic details; a case note carries its own category.
 *
 * @param about the people the record is about; empty for a record about the family as a whole
 * @param author the practitioner who wrote it, for case notes
 */
public record HeldRecord(
        Kind kind, OrganisationId holder, Set<PersonId> about, InformationCategory category, Optional<String> author) {

    /** Case notes are content; the other records say only that work, consent or a notice exists. */
    public enum Kind {
        EPISODE,
        CONSENT,
        CONFIDENTIALITY_NOTICE,
        CASE_NOTE,
        /**
         * What an organisation knows of people beyond its records: their details and place in a family,
         * that they were named in a record, shared about or looked at (a subject-access export shows these).
         */
        DETAILS,
        /** A session video: it stays with the organisation that recorded it, and only its circle plays it. */
        VIDEO
    }

    public HeldRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(holder, "holder");
        about = Set.copyOf(about);
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(author, "author");
    }

    public static HeldRecord episode(OrganisationId holder) {
        return new HeldRecord(Kind.EPISODE, holder, Set.of(), InformationCategory.BASIC_DETAILS, Optional.empty());
    }

    /** What the access policy needs to know of a consent: who holds it, whose it is. */
    public static HeldRecord of(Consent consent) {
        return consent(consent.organisation(), consent.subject());
    }

    public static HeldRecord consent(OrganisationId holder, PersonId subject) {
        return new HeldRecord(
                Kind.CONSENT, holder, Set.of(subject), InformationCategory.BASIC_DETAILS, Optional.empty());
    }

    public static HeldRecord notice(OrganisationId holder, PersonId person) {
        return new HeldRecord(
                Kind.CONFIDENTIALITY_NOTICE,
                holder,
                Set.of(person),
                InformationCategory.BASIC_DETAILS,
                Optional.empty());
    }

    /** What {@code holder} knows of these people's basic details, outside any one record of theirs. */
    public static HeldRecord details(OrganisationId holder, Set<PersonId> about) {
        return new HeldRecord(Kind.DETAILS, holder, about, InformationCategory.BASIC_DETAILS, Optional.empty());
    }

    public static HeldRecord caseNote(
            OrganisationId holder, Set<PersonId> about, InformationCategory category, String author) {
        return new HeldRecord(Kind.CASE_NOTE, holder, about, category, Optional.of(author));
    }

    /**
     * What the access policy needs to know of a session video: who holds it, who appears in it, who filmed
     * it. It shows the family's life at home, so it is development and health information at the least.
     */
    public static HeldRecord video(OrganisationId holder, Set<PersonId> appearing, String recordedBy) {
        return new HeldRecord(
                Kind.VIDEO, holder, appearing, InformationCategory.DEVELOPMENT_AND_HEALTH, Optional.of(recordedBy));
    }

    public boolean isVideo() {
        return kind == Kind.VIDEO;
    }

    public boolean isCaseNote() {
        return kind == Kind.CASE_NOTE;
    }

    public boolean writtenBy(Actor actor) {
        return author.filter(a -> a.equals(actor.subject())).isPresent();
    }
}
