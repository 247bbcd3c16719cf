package org.cradle.adapters.persistence.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A request-for-a-referral row. */
@Entity
@Table(name = "referral_request")
public class ReferralRequestEntity {

    @Id
    public UUID id;

    @Column(nullable = false, length = 64)
    public String asker;

    @Column(name = "nhs_number", nullable = false, length = 10)
    public String nhsNumber;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(nullable = false, length = 64)
    public String holder;

    @Column(nullable = false, length = 40)
    public String purpose;

    @Column(length = 2000)
    public String note;

    @Column(name = "asked_by", nullable = false, length = 255)
    public String askedBy;

    @Column(name = "asked_at", nullable = false)
    public Instant askedAt;

    @Column(nullable = false, length = 16)
    public String status;

    @Column(name = "referral_id")
    public UUID referralId;

    @Column(name = "refusal_reason", length = 2000)
    public String refusalReason;

    @Column(name = "answered_by", length = 255)
    public String answeredBy;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Version
    public long version;
}
