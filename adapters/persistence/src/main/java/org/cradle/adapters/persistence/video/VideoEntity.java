package org.cradle.adapters.persistence.video;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A session video's row: what Cradle knows of the recording, never its bytes. */
@Entity
@Table(name = "video")
public class VideoEntity {

    @Id
    public UUID id;

    @Column(name = "episode_id", nullable = false)
    public UUID episodeId;

    @Column(name = "family_id", nullable = false)
    public UUID familyId;

    @Column(nullable = false, length = 64)
    public String organisation;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "uuid[]")
    public UUID[] appearing;

    @Column(name = "recorded_on", nullable = false)
    public LocalDate recordedOn;

    @Column(name = "recorded_by", nullable = false, length = 255)
    public String recordedBy;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(40)[]")
    public String[] purposes;

    @Column(length = 200)
    public String title;

    @Column(nullable = false)
    public long length;

    @Column(nullable = false)
    public long received;

    @Column(length = 16)
    public String format;

    @Column(nullable = false, length = 16)
    public String state;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 64)
    public String sha256;

    @Column(nullable = false, length = 24)
    public String ownership;

    @Column(name = "summary_written_on")
    public LocalDate summaryWrittenOn;

    @Column(name = "summary_recorded_by", length = 255)
    public String summaryRecordedBy;

    @Column(name = "returned_at")
    public Instant returnedAt;

    @Column(name = "returned_by", length = 255)
    public String returnedBy;

    @Column(nullable = false, length = 16)
    public String integrity;

    @Column(name = "integrity_checked_at")
    public Instant integrityCheckedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 255)
    public String createdBy;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Version
    public long version;
}
