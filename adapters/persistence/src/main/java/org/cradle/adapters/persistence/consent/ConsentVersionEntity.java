package org.cradle.adapters.persistence.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of a consent, written once. */
@Entity
@Immutable
@Table(name = "consent_version")
@IdClass(ConsentVersionEntity.Key.class)
public class ConsentVersionEntity {

    @Id
    @Column(name = "consent_id")
    public UUID consentId;

    @Id
    public int number;

    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    @Column(nullable = false, length = 16)
    public String change;

    @Column(nullable = false, length = 16)
    public String decision;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(40)[]")
    public String[] purposes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(400)[]")
    public String[] recipients;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(40)[]")
    public String[] categories;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "excluded_person_ids", nullable = false, columnDefinition = "uuid[]")
    public UUID[] excludedPersonIds;

    @Column(name = "notes_kept_in", nullable = false, length = 20)
    public String notesKeptIn;

    @Column(nullable = false, length = 20)
    public String method;

    @Column(name = "terms_effective_from", nullable = false)
    public LocalDate termsEffectiveFrom;

    @Column(name = "review_by", nullable = false)
    public LocalDate reviewBy;

    @Column(name = "form_reference", length = 100)
    public String formReference;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 255)
    public String recordedBy;

    @Column(name = "recorded_for", nullable = false, length = 64)
    public String recordedFor;

    public static class Key implements Serializable {
        public UUID consentId;
        public int number;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && number == key.number && Objects.equals(consentId, key.consentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(consentId, number);
        }
    }
}
