package org.cradle.adapters.persistence.family;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "family")
public class FamilyEntity {

    @Id
    public UUID id;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "record_keeping_mode", nullable = false, length = 16)
    public String recordKeepingMode;

    // In the order they joined, however they are read (on their own, or fetched with the family).
    @ElementCollection
    @CollectionTable(name = "family_member", joinColumns = @JoinColumn(name = "family_id"))
    @OrderBy("joinedAt, personId")
    public List<MemberEmbeddable> members = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
