package org.cradle.adapters.persistence.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.family.FamilyName;
import org.cradle.domain.family.FamilyRole;
import org.cradle.domain.family.RecordKeepingMode;
import org.cradle.domain.person.PersonId;
import org.junit.jupiter.api.Test;

class FamilyMapperTest {

    private static final Instant AT = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void a_family_survives_the_round_trip_through_its_rows() {
        Family family =
                Family.start(FamilyId.newId(), new FamilyName("Okafor household"), RecordKeepingMode.LINKED, AT);
        family.admit(PersonId.newId(), FamilyRole.MOTHER, true, true, AT);
        family.admit(PersonId.newId(), FamilyRole.CHILD, true, false, AT.plusSeconds(5));

        Family back = FamilyMapper.toDomain(FamilyMapper.copy(family, new FamilyEntity()));

        assertThat(back).usingRecursiveComparison().isEqualTo(family);
    }

    @Test
    void unchanged_members_are_not_rewritten() {
        Family family =
                Family.start(FamilyId.newId(), new FamilyName("Stable household"), RecordKeepingMode.INFANT, AT);
        family.admit(PersonId.newId(), FamilyRole.CARER, false, true, AT);
        FamilyEntity entity = FamilyMapper.copy(family, new FamilyEntity());
        MemberEmbeddable row = entity.members.get(0);

        FamilyMapper.copy(family, entity);

        assertThat(entity.members.get(0)).isSameAs(row);
    }
}
