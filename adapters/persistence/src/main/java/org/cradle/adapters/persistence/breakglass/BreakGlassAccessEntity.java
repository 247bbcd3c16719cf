package org.cradle.adapters.persistence.breakglass;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A break-glass access row; the review columns are empty until it is reviewed. */
@Entity
@Table(name = "break_glass_access")
public class BreakGlassAccessEntity {

    @Id
    public UUID id;

    @Column(name = "family_id", nullable = false)
    public UUID familyId;

    @Column(nullable = false, length = 64)
    public String organisation;

    @Column(nullable = false, length = 255)
    public String practitioner;

    @Column(nullable = false, length = 2000)
    public String reason;

    @Column(name = "granted_at", nullable = false)
    public Instant grantedAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "reviewed_by", length = 255)
    public String reviewedBy;

    @Column(name = "review_outcome", length = 16)
    public String reviewOutcome;

    @Column(name = "review_note", length = 2000)
    public String reviewNote;

    @Version
    public long version;
}
