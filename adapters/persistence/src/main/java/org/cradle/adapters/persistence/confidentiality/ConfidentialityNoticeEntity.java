package org.cradle.adapters.persistence.confidentiality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A confidentiality notice row. Immutable: a notice is added, never changed; a new one takes its place. */
@Entity
@Immutable
@Table(name = "confidentiality_notice")
public class ConfidentialityNoticeEntity {

    @Id
    public UUID id;

    @Column(name = "family_id", nullable = false)
    public UUID familyId;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(name = "given_on", nullable = false)
    public LocalDate givenOn;

    @Column(nullable = false, length = 20)
    public String method;

    @Column(name = "given_by", nullable = false, length = 255)
    public String givenBy;

    @Column(name = "revisit_on", nullable = false)
    public LocalDate revisitOn;

    @Column(nullable = false, length = 64)
    public String organisation;

    @Column(name = "recorded_by", nullable = false, length = 255)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
