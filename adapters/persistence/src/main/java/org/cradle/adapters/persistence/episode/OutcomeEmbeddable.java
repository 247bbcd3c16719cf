package org.cradle.adapters.persistence.episode;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.cradle.domain.episode.AllegationOutcome;

/**
 * An allegation's outcome as columns (V29, V31): the finding, who made it, why, who recorded it and when;
 * all null where there is none, and then Hibernate reads no embeddable at all.
 */
@Embeddable
public class OutcomeEmbeddable {

    @Column(name = "outcome", length = 16)
    public String finding;

    @Column(name = "outcome_found_by", length = 255)
    public String foundBy;

    @Column(name = "outcome_reason", length = 2000)
    public String reason;

    @Column(name = "outcome_recorded_by", length = 255)
    public String recordedBy;

    @Column(name = "outcome_recorded_at")
    public Instant recordedAt;

    static OutcomeEmbeddable of(AllegationOutcome outcome) {
        if (outcome == null) {
            return null;
        }
        OutcomeEmbeddable row = new OutcomeEmbeddable();
        row.finding = outcome.finding().name();
        row.foundBy = outcome.foundBy();
        row.reason = outcome.reason();
        row.recordedBy = outcome.recordedBy();
        row.recordedAt = outcome.recordedAt();
        return row;
    }

    static AllegationOutcome toDomain(OutcomeEmbeddable row) {
        return row == null || row.finding == null
                ? null
                : new AllegationOutcome(
                        AllegationOutcome.Finding.valueOf(row.finding),
                        row.foundBy,
                        row.reason,
                        row.recordedBy,
                        row.recordedAt);
    }
}
