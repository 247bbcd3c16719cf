package org.cradle.adapters.persistence.episode;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code episode_closure_correction} (V31): a recorded close corrected after the fact. */
@Embeddable
public class ClosureCorrectionEmbeddable {

    @Column(name = "period_position", nullable = false)
    public int period;

    @Column(name = "closed_on_before", nullable = false)
    public LocalDate closedOnBefore;

    @Column(name = "closed_on", nullable = false)
    public LocalDate closedOn;

    /** The allegation's outcome the correction replaced, when it corrected the outcome. */
    @Embedded
    @AttributeOverride(name = "finding", column = @Column(name = "outcome_before", length = 16))
    @AttributeOverride(name = "foundBy", column = @Column(name = "outcome_before_found_by", length = 255))
    @AttributeOverride(name = "reason", column = @Column(name = "outcome_before_reason", length = 2000))
    @AttributeOverride(name = "recordedBy", column = @Column(name = "outcome_before_recorded_by", length = 255))
    @AttributeOverride(name = "recordedAt", column = @Column(name = "outcome_before_recorded_at"))
    public OutcomeEmbeddable outcomeBefore;

    /** The outcome the correction recorded instead, when it corrected the outcome. */
    @Embedded
    public OutcomeEmbeddable outcome;

    @Column(nullable = false, length = 2000)
    public String reason;

    @Column(name = "corrected_by", nullable = false, length = 255)
    public String correctedBy;

    @Column(name = "corrected_at", nullable = false)
    public Instant correctedAt;
}
