package org.cradle.adapters.persistence.episode;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;

@Embeddable
public class PeriodEmbeddable {

    @Column(name = "opened_on", nullable = false)
    public LocalDate openedOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "close_reason", length = 500)
    public String closeReason;

    /** An allegation's outcome, with who found it, why, and who recorded it when; all null otherwise. */
    @Column(name = "outcome", length = 16)
    public String outcome;

    @Column(name = "outcome_found_by", length = 255)
    public String outcomeFoundBy;

    @Column(name = "outcome_reason", length = 2000)
    public String outcomeReason;

    @Column(name = "outcome_recorded_by", length = 255)
    public String outcomeRecordedBy;

    @Column(name = "outcome_recorded_at")
    public Instant outcomeRecordedAt;
}
