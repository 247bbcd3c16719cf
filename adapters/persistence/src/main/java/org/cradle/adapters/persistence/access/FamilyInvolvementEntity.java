package org.cradle.adapters.persistence.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One organisation's involvement with one family: as its custodian, or through one accepted referral. */
@Entity
@Table(name = "family_involvement")
public class FamilyInvolvementEntity {

    @Id
    public UUID id;

    @Column(name = "family_id", nullable = false)
    public UUID familyId;

    @Column(nullable = false, length = 64)
    public String organisation;

    @Column(nullable = false, length = 16)
    public String ground;

    @Column(name = "referred_by", length = 64)
    public String referredBy;

    @Column(name = "referral_id")
    public UUID referralId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "uuid[]")
    public UUID[] people;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(40)[]")
    public String[] categories;

    @Column(nullable = false)
    public Instant since;
}
