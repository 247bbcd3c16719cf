package org.cradle.adapters.persistence.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "consent")
public class ConsentEntity {

    @Id
    public UUID id;

    @Column(name = "family_id", nullable = false)
    public UUID familyId;

    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    @Column(name = "grantor_id", nullable = false)
    public UUID grantorId;

    @Column(nullable = false, length = 64)
    public String organisation;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "current_number", nullable = false)
    public int currentNumber;

    @Column(name = "current_status", nullable = false, length = 16)
    public String currentStatus;

    @Column(name = "current_review_by", nullable = false)
    public LocalDate currentReviewBy;

    @Version
    public long version;
}
