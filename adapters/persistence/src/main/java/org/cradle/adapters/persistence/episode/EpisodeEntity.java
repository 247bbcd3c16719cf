package org.cradle.adapters.persistence.episode;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "episode")
public class EpisodeEntity {

    @Id
    public UUID id;

    @Column(name = "family_id", nullable = false)
    public UUID familyId;

    @Column(name = "service_type", nullable = false, length = 40)
    public String serviceType;

    @Column(nullable = false, length = 64)
    public String organisation;

    @Column(name = "lead_practitioner", nullable = false, length = 255)
    public String leadPractitioner;

    @Column(name = "opened_on", nullable = false)
    public LocalDate openedOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @ElementCollection
    @CollectionTable(name = "episode_period", joinColumns = @JoinColumn(name = "episode_id"))
    @OrderColumn(name = "position")
    public List<PeriodEmbeddable> periods = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "episode_closure_correction", joinColumns = @JoinColumn(name = "episode_id"))
    @OrderColumn(name = "position")
    public List<ClosureCorrectionEmbeddable> corrections = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
