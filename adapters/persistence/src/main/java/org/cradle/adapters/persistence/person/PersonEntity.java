package org.cradle.adapters.persistence.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "person")
public class PersonEntity {

    @Id
    public UUID id;

    @Column(name = "given_name", nullable = false, length = 100)
    public String givenName;

    @Column(name = "family_name", nullable = false, length = 100)
    public String familyName;

    @Column(name = "date_of_birth", nullable = false)
    public LocalDate dateOfBirth;

    @Column(name = "date_of_death")
    public LocalDate dateOfDeath;

    @Column(name = "nhs_number", length = 10, unique = true)
    public String nhsNumber;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Version
    public long version;
}
