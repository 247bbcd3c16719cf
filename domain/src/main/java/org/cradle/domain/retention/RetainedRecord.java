package org.cradle.domain.retention;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.episode.AllegationOutcome;
import org.cradle.domain.episode.ServiceType;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.organisation.Sector;
import org.cradle.domain.person.PersonId;

/**
 * What the retention rules need to know of a record: whose it is, what kind of work it records, when it
 * stopped being operational, and the people it is about with their dates of birth and death.
 *
 * @param family the family the record is about
 * @param createdOn the day the record was created, which a hold on "records created before" reads
 * @param end the latest close of the record's episode; null while it is open
 * @param sector the organisation's sector; null where none was recorded, and then no rule can be chosen
 * @param finding how an allegation was concluded, as recorded on its episode's latest close; null for
 *     other work, or where none was recorded
 * @param partOf the record this one is part of (a recording's episode), whose holds keep it too; null
 *     for a record of its own
 */
public record RetainedRecord(
        RecordType type,
        UUID id,
        FamilyId family,
        LocalDate createdOn,
        OrganisationId organisation,
        Sector sector,
        ServiceType serviceType,
        LocalDate end,
        List<Subject> subjects,
        AllegationOutcome.Finding finding,
        UUID partOf) {

    /** A person the record is about; a date not recorded is null. */
    public record Subject(PersonId person, LocalDate dateOfBirth, LocalDate dateOfDeath) {

        public Subject {
            Objects.requireNonNull(person, "person");
        }

        /** Whether the person was under 18 on the day; null when their date of birth is not known. */
        Boolean childOn(LocalDate day) {
            return dateOfBirth == null ? null : Period.between(dateOfBirth, day).getYears() < 18;
        }
    }

    public RetainedRecord {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(createdOn, "createdOn");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(serviceType, "serviceType");
        subjects = List.copyOf(subjects);
    }

    /** A record of its own (not part of another), without an allegation's finding. */
    public RetainedRecord(
            RecordType type,
            UUID id,
            FamilyId family,
            LocalDate createdOn,
            OrganisationId organisation,
            Sector sector,
            ServiceType serviceType,
            LocalDate end,
            List<Subject> subjects) {
        this(type, id, family, createdOn, organisation, sector, serviceType, end, subjects, null, null);
    }

    /** Whether the allegation the record is about was found malicious. */
    public boolean foundMalicious() {
        return finding == AllegationOutcome.Finding.MALICIOUS;
    }
}
