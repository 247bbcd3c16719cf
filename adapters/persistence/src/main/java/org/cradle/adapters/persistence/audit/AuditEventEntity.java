package org.cradle.adapters.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** An audit row. Immutable to Hibernate as the table is to PostgreSQL: appended, never changed. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long sequence;

    @Column(nullable = false, unique = true)
    public UUID id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "actor_subject", nullable = false, length = 255)
    public String actorSubject;

    @Column(name = "actor_organisation", nullable = false, length = 64)
    public String actorOrganisation;

    @Column(nullable = false, length = 40)
    public String action;

    @Column(name = "record_type", nullable = false, length = 32)
    public String recordType;

    @Column(name = "actor_kind", nullable = false, length = 24)
    public String actorKind;

    @Column(name = "record_id")
    public UUID recordId;

    @Column(name = "family_id")
    public UUID familyId;

    @Column(name = "person_id")
    public UUID personId;

    @Column(length = 40)
    public String category;

    @Column(length = 24)
    public String ground;
}
