package org.cradle.adapters.persistence.video;

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

/** One decision on whose a video is, written once: a later decision is a new row. */
@Entity
@Immutable
@Table(name = "video_ownership_decision")
@IdClass(OwnershipDecisionEntity.Key.class)
public class OwnershipDecisionEntity {

    @Id
    @Column(name = "video_id")
    public UUID videoId;

    /** The decision's place among the video's, from 1. */
    @Id
    public int number;

    @Column(name = "to_ownership", nullable = false, length = 24)
    public String toOwnership;

    @Column(nullable = false, length = 1000)
    public String reason;

    @Column(name = "decided_by", nullable = false, length = 255)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    public static class Key implements Serializable {
        public UUID videoId;
        public int number;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && number == key.number && Objects.equals(videoId, key.videoId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(videoId, number);
        }
    }
}
