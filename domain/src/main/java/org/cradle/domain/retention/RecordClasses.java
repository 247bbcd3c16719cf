package org.cradle.domain.retention;

import static org.cradle.domain.episode.ServiceType.ALLEGATION;
import static org.cradle.domain.episode.ServiceType.CHILDRENS_CENTRE;
import static org.cradle.domain.episode.ServiceType.CHILD_PROTECTION;
import static org.cradle.domain.episode.ServiceType.EARLY_HELP;
import static org.cradle.domain.episode.ServiceType.HEALTH_VISITING;
import static org.cradle.domain.episode.ServiceType.LOOKED_AFTER_CHILD;
import static org.cradle.domain.episode.ServiceType.MIDWIFERY;
import static org.cradle.domain.episode.ServiceType.PARENT_INFANT_MENTAL_HEALTH;
import static org.cradle.domain.episode.ServiceType.PERINATAL_MENTAL_HEALTH;

import java.util.List;
import java.util.Map;
import org.cradle.domain.episode.ServiceType;
import org.cradle.domain.organisation.Sector;

/**
 * Which rules of the schedule a record of an episode carries for each person it is about: the
 * organisation's sector and the episode's service type decide, and whether the person was a child (under
 * 18) when the record closed. A joint record carries the rules of every person it is about, so a
 * parent–infant record carries the infant's {@code NHS-CAMHS} and the mother's {@code NHS-MH} (ADR 20).
 */
public final class RecordClasses {

    /** The rules for a child and for an adult in one kind of record. */
    private record ForPeople(List<RuleId> child, List<RuleId> adult) {}

    private static final RuleId NHS_CHILD = new RuleId("NHS-CHILD");
    private static final RuleId NHS_MH = new RuleId("NHS-MH");
    private static final RuleId NHS_CAMHS = new RuleId("NHS-CAMHS");
    private static final RuleId NHS_MATERNITY = new RuleId("NHS-MATERNITY");
    private static final RuleId NHS_ADULT = new RuleId("NHS-ADULT");
    private static final RuleId LA_LAC = new RuleId("LA-LAC");
    private static final RuleId LA_CP = new RuleId("LA-CP");
    private static final RuleId LA_EARLY_HELP = new RuleId("LA-EARLY-HELP");
    private static final RuleId NSPCC_CP = new RuleId("NSPCC-CP");
    private static final RuleId LA_ALLEGATION = new RuleId("LA-ALLEGATION");
    private static final RuleId NSPCC_ALLEGATION = new RuleId("NSPCC-ALLEGATION");

    private static final ForPeople HEALTH_RECORD = new ForPeople(List.of(NHS_CHILD), List.of(NHS_ADULT));
    private static final ForPeople MENTAL_HEALTH_JOINT = new ForPeople(List.of(NHS_CAMHS), List.of(NHS_MH));
    /** A perinatal mental health record is the mother's own; a child in it is recorded under her care. */
    private static final ForPeople MOTHERS_MENTAL_HEALTH = new ForPeople(List.of(NHS_CHILD), List.of(NHS_MH));

    /** An allegation record is about the adult it concerns; a child in the family is not its subject. */
    private static final ForPeople STATUTORY_ALLEGATION = new ForPeople(List.of(), List.of(LA_ALLEGATION));

    private static final ForPeople EARLY_HELP_RECORD = new ForPeople(List.of(LA_EARLY_HELP), List.of(LA_EARLY_HELP));

    private static final Map<ServiceType, ForPeople> HEALTH = Map.of(
            PARENT_INFANT_MENTAL_HEALTH, MENTAL_HEALTH_JOINT,
            PERINATAL_MENTAL_HEALTH, MOTHERS_MENTAL_HEALTH,
            HEALTH_VISITING, HEALTH_RECORD,
            MIDWIFERY, new ForPeople(List.of(NHS_CHILD), List.of(NHS_MATERNITY)),
            EARLY_HELP, HEALTH_RECORD,
            CHILDRENS_CENTRE, HEALTH_RECORD,
            CHILD_PROTECTION, HEALTH_RECORD,
            LOOKED_AFTER_CHILD, HEALTH_RECORD,
            ALLEGATION, STATUTORY_ALLEGATION);

    private static final Map<ServiceType, ForPeople> LOCAL_AUTHORITY = Map.of(
            PARENT_INFANT_MENTAL_HEALTH, EARLY_HELP_RECORD,
            PERINATAL_MENTAL_HEALTH, EARLY_HELP_RECORD,
            HEALTH_VISITING, EARLY_HELP_RECORD,
            MIDWIFERY, EARLY_HELP_RECORD,
            EARLY_HELP, EARLY_HELP_RECORD,
            CHILDRENS_CENTRE, EARLY_HELP_RECORD,
            CHILD_PROTECTION, new ForPeople(List.of(LA_CP), List.of(LA_CP)),
            LOOKED_AFTER_CHILD, new ForPeople(List.of(LA_LAC), List.of(LA_LAC)),
            ALLEGATION, STATUTORY_ALLEGATION);

    private static final Map<ServiceType, ForPeople> VOLUNTARY = Map.of(
            PARENT_INFANT_MENTAL_HEALTH, MENTAL_HEALTH_JOINT,
            PERINATAL_MENTAL_HEALTH, MOTHERS_MENTAL_HEALTH,
            HEALTH_VISITING, EARLY_HELP_RECORD,
            MIDWIFERY, EARLY_HELP_RECORD,
            EARLY_HELP, EARLY_HELP_RECORD,
            CHILDRENS_CENTRE, EARLY_HELP_RECORD,
            CHILD_PROTECTION, new ForPeople(List.of(NSPCC_CP), List.of()),
            LOOKED_AFTER_CHILD, new ForPeople(List.of(NSPCC_CP), List.of()),
            ALLEGATION, new ForPeople(List.of(), List.of(NSPCC_ALLEGATION)));

    private RecordClasses() {}

    /**
     * The rules a record carries for one person; {@code child} is null when the person's age is not
     * known, and then both a child's and an adult's rules apply, so the date waits for the date of birth.
     */
    public static List<RuleId> rulesFor(Sector sector, ServiceType serviceType, Boolean child) {
        ForPeople forPeople = (switch (sector) {
                    case HEALTH -> HEALTH;
                    case LOCAL_AUTHORITY -> LOCAL_AUTHORITY;
                    case VOLUNTARY -> VOLUNTARY;
                })
                .get(serviceType);
        if (child == null) {
            return java.util.stream.Stream.concat(forPeople.child().stream(), forPeople.adult().stream())
                    .distinct()
                    .toList();
        }
        return child ? forPeople.child() : forPeople.adult();
    }
}
