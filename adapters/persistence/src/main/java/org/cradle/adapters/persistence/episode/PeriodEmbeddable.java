package org.cradle.adapters.persistence.episode;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.LocalDate;

@Embeddable
public class PeriodEmbeddable {

    @Column(name = "opened_on", nullable = false)
    public LocalDate openedOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "close_reason", length = 500)
    public String closeReason;

    /** An allegation's outcome, recorded on this close; null otherwise. */
    @Embedded
    public OutcomeEmbeddable outcome;
}
