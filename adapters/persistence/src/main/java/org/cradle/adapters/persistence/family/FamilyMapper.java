package org.cradle.adapters.persistence.family;

import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.family.FamilyName;
import org.cradle.domain.family.FamilyRole;
import org.cradle.domain.family.Membership;
import org.cradle.domain.family.RecordKeepingMode;
import org.cradle.domain.person.PersonId;

/** Translates between the family aggregate and its rows. */
final class FamilyMapper {

    private FamilyMapper() {}

    static Family toDomain(FamilyEntity entity) {
        return Family.reconstitute(
                new FamilyId(entity.id),
                new FamilyName(entity.name),
                RecordKeepingMode.valueOf(entity.recordKeepingMode),
                entity.members.stream().map(FamilyMapper::toDomain).toList(),
                entity.createdAt,
                entity.version);
    }

    /** Copies the family onto a new or managed entity; the version is Hibernate's to keep. */
    static FamilyEntity copy(Family family, FamilyEntity entity) {
        entity.id = family.id().value();
        entity.name = family.name().value();
        entity.recordKeepingMode = family.recordKeepingMode().name();
        // Rewriting an unchanged collection would delete and re-insert every membership row.
        if (!entity.members.stream().map(FamilyMapper::toDomain).toList().equals(family.members())) {
            entity.members.clear();
            family.members().forEach(m -> entity.members.add(toEmbeddable(m)));
        }
        entity.createdAt = family.createdAt();
        return entity;
    }

    private static Membership toDomain(MemberEmbeddable row) {
        return new Membership(
                new PersonId(row.personId),
                FamilyRole.valueOf(row.role),
                row.livesWithChild,
                row.parentalResponsibility,
                row.joinedAt);
    }

    private static MemberEmbeddable toEmbeddable(Membership membership) {
        MemberEmbeddable row = new MemberEmbeddable();
        row.personId = membership.person().value();
        row.role = membership.role().name();
        row.livesWithChild = membership.livesWithChild();
        row.parentalResponsibility = membership.parentalResponsibility();
        row.joinedAt = membership.joinedAt();
        return row;
    }
}
