package org.cradle.adapters.persistence.family;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;

@Embeddable
public class MemberEmbeddable {

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(nullable = false, length = 16)
    public String role;

    @Column(name = "lives_with_child", nullable = false)
    public boolean livesWithChild;

    @Column(name = "parental_responsibility", nullable = false)
    public boolean parentalResponsibility;

    @Column(name = "joined_at", nullable = false)
    public Instant joinedAt;
}
