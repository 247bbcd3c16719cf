package org.cradle.adapters.persistence.casenote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of a case note, written once. */
@Entity
@Immutable
@Table(name = "case_note_version")
@IdClass(CaseNoteVersionEntity.Key.class)
public class CaseNoteVersionEntity {

    @Id
    @Column(name = "case_note_id")
    public UUID caseNoteId;

    @Id
    public int number;

    @Column(nullable = false, length = 20_000)
    public String text;

    @Column(nullable = false, length = 40)
    public String category;

    @Column(nullable = false, length = 8)
    public String kind;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "uuid[]")
    public UUID[] about;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "uuid[]")
    public UUID[] mentions;

    @Column(nullable = false, length = 255)
    public String author;

    @Column(name = "written_at", nullable = false)
    public Instant writtenAt;

    @Column(name = "correction_reason", length = 500)
    public String correctionReason;

    public static class Key implements Serializable {
        public UUID caseNoteId;
        public int number;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && number == key.number && Objects.equals(caseNoteId, key.caseNoteId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caseNoteId, number);
        }
    }
}
