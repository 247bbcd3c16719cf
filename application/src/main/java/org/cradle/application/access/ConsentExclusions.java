package org.cradle.application.access;

import java.time.LocalDate;
import java.util.Set;
import org.cradle.domain.access.Exclusion;
import org.cradle.domain.family.FamilyId;

/**
 * Whom the family members' consents in force on {@code day} exclude from seeing or being told anything
 * about them: the facts for showing a record to a family member ({@code Need.ShowToFamilyMember}).
 */
public interface ConsentExclusions {

    Set<Exclusion> in(FamilyId family, LocalDate day);
}
