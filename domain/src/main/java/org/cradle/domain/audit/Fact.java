package org.cradle.domain.audit;

import java.util.Objects;
import java.util.UUID;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;

/**
 * Something that happened: a record read or listed, a change (an episode closed, a member added, a
 * person's dates corrected, …), or a change to an organisation's schedule. A use case hands its facts over to the
 * unit of work of its permit, and what follows them happens there, in the same transaction, decided
 * once: the audit trail's event for a record's fact (on the ground the access policy gave, which a fact
 * cannot name), and the retention dates that the facts on retention's one list move.
 */
public sealed interface Fact permits Fact.OfRecord, Fact.ScheduleChanged {

    /** That {@code what} happened to a record. */
    static OfRecord of(AuditAction what, RecordType type, UUID record) {
        return new OfRecord(what, type, record, null, null, null);
    }

    /**
     * A fact about a record, which the audit trail records.
     *
     * @param what what happened, as the audit trail names it
     * @param type the kind of record it happened to
     * @param record the record
     * @param family the family the record belongs to when it is not the permit's own (a list across an
     *     organisation's families names each record's family); null for the permit's
     * @param whose whose information it was, when it was one person's: "who saw my record" reads these
     * @param category what kind of information about that person
     */
    record OfRecord(
            AuditAction what,
            RecordType type,
            UUID record,
            FamilyId family,
            PersonId whose,
            InformationCategory category)
            implements Fact {

        public OfRecord {
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(record, "record");
            if (what == AuditAction.ACCESS_DENIED) {
                // A refusal is no permit's fact: the access service records it on its own, committed even
                // though the request rolls back.
                throw new IllegalArgumentException("A refused access is recorded by the access service");
            }
            if (whose == null && category != null) {
                throw new IllegalArgumentException("A category of information is a person's");
            }
        }

        /** The same, about one person's information of a category (null when the record does not say). */
        public OfRecord about(PersonId person, InformationCategory information) {
            return new OfRecord(what, type, record, family, Objects.requireNonNull(person, "person"), information);
        }

        /** The same, about a record of {@code other} family (for a permit outside any one family). */
        public OfRecord in(FamilyId other) {
            return new OfRecord(what, type, record, Objects.requireNonNull(other, "family"), whose, category);
        }
    }

    /**
     * An organisation's schedule changed: its sector in the directory (which chooses the rules of every
     * record it holds) or its setting of a rule. Neither holds personal data, so the audit trail does not
     * record it; the rule setting keeps its own history, with who and why.
     */
    record ScheduleChanged(OrganisationId organisation) implements Fact {

        public ScheduleChanged {
            Objects.requireNonNull(organisation, "organisation");
        }
    }
}
