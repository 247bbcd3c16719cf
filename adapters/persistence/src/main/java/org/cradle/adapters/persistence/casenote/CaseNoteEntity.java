package org.cradle.adapters.persistence.casenote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A case note's row: what never changes, and what is repeated of its current version for the lists. */
@Entity
@Table(name = "case_note")
public class CaseNoteEntity {

    @Id
    public UUID id;

    @Column(name = "episode_id", nullable = false)
    public UUID episodeId;

    @Column(name = "family_id", nullable = false)
    public UUID familyId;

    @Column(nullable = false, length = 64)
    public String organisation;

    @Column(nullable = false, length = 255)
    public String author;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "current_number", nullable = false)
    public int currentNumber;

    @Column(name = "current_category", nullable = false, length = 40)
    public String currentCategory;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "current_about", nullable = false, columnDefinition = "uuid[]")
    public UUID[] currentAbout;

    @Version
    public long version;
}
