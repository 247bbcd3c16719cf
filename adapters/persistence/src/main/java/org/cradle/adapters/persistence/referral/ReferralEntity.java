package org.cradle.adapters.persistence.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A referral row; the people named keep their order. */
@Entity
@Table(name = "referral")
public class ReferralEntity {

    @Id
    public UUID id;

    @Column(name = "family_id", nullable = false)
    public UUID familyId;

    @Column(name = "from_organisation", nullable = false, length = 64)
    public String fromOrganisation;

    @Column(name = "to_organisation", nullable = false, length = 64)
    public String toOrganisation;

    @Column(nullable = false, length = 40)
    public String purpose;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "uuid[]")
    public UUID[] people;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(40)[]")
    public String[] categories;

    @Column(length = 2000)
    public String note;

    @Column(name = "request_id")
    public UUID requestId;

    @Column(name = "made_by", nullable = false, length = 255)
    public String madeBy;

    @Column(name = "made_at", nullable = false)
    public Instant madeAt;

    @Column(nullable = false, length = 16)
    public String status;

    @Column(name = "answered_by", length = 255)
    public String answeredBy;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "decline_reason", length = 2000)
    public String declineReason;

    @Version
    public long version;
}
