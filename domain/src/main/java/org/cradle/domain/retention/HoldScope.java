package org.cradle.domain.retention;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.cradle.domain.Dates;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.person.PersonId;

/**
 * What a legal hold keeps: a family's records, everything about a person, one episode's record, or every
 * record of the organisation created before a date (the shape of an inquiry's moratorium). A hold
 * covers only the records of the organisation that placed it.
 */
public sealed interface HoldScope {

    /** Whether the hold covers the record. */
    boolean covers(RetainedRecord record);

    String FAMILY = "FAMILY";
    String PERSON = "PERSON";
    String EPISODE = "EPISODE";
    String CREATED_BEFORE = "CREATED_BEFORE";

    /** The kind of scope by name: {@value #FAMILY}, {@value #PERSON}, {@value #EPISODE} or {@value #CREATED_BEFORE}. */
    String kind();

    record Family(FamilyId family) implements HoldScope {
        public Family {
            Objects.requireNonNull(family, "family");
        }

        @Override
        public String kind() {
            return FAMILY;
        }

        @Override
        public boolean covers(RetainedRecord record) {
            return family.equals(record.family());
        }
    }

    record Person(PersonId person) implements HoldScope {
        public Person {
            Objects.requireNonNull(person, "person");
        }

        @Override
        public String kind() {
            return PERSON;
        }

        @Override
        public boolean covers(RetainedRecord record) {
            return record.subjects().stream()
                    .anyMatch(subject -> subject.person().equals(person));
        }
    }

    record Episode(UUID episode) implements HoldScope {
        public Episode {
            Objects.requireNonNull(episode, "episode");
        }

        @Override
        public String kind() {
            return EPISODE;
        }

        @Override
        public boolean covers(RetainedRecord record) {
            return episode.equals(record.id()) || episode.equals(record.partOf());
        }
    }

    /** Every record of the organisation created before the date. */
    record CreatedBefore(LocalDate before) implements HoldScope {
        public CreatedBefore {
            Objects.requireNonNull(before, "before");
            Dates.within("scope.createdBefore", before);
        }

        @Override
        public String kind() {
            return CREATED_BEFORE;
        }

        @Override
        public boolean covers(RetainedRecord record) {
            return record.createdOn().isBefore(before);
        }
    }
}
