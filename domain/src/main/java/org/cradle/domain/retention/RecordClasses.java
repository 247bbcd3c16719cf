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

    /**
     * The rules for a child and for an adult in one kind of record, and the early reviews it raises for a
     * child who died: not dates of its own, but a day a records officer appraises the record before its date.
     */
    private record ForPeople(List<RuleId> child, List<RuleId> adult, List<RuleId> childDied) {

        ForPeople(List<RuleId> child, List<RuleId> adult) {
            this(child, adult, List.of());
        }
    }

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
    private static final RuleId NHS_DEATH_CHILD = new RuleId("NHS-DEATH-CHILD");

    /**
     * A recording of care, in every sector: the only rule the schedule has for one, and it follows the
     * record the recording belongs to unless a summary lets it go sooner.
     */
    public static final RuleId RECORDING = new RuleId("NHS-RECORDING");

    /**
     * A child's health record (kept by {@code NHS-CHILD}, or {@code NHS-CAMHS} which is derived from it)
     * keeps its date when the child dies, and also raises the 2006 Code's early review ({@code
     * NHS-DEATH-CHILD}, eight years after the death) for a human to appraise.
     */
    private static final List<RuleId> CHILDS_HEALTH_RECORD_DIED = List.of(NHS_DEATH_CHILD);

    private static final ForPeople HEALTH_RECORD =
            new ForPeople(List.of(NHS_CHILD), List.of(NHS_ADULT), CHILDS_HEALTH_RECORD_DIED);
    private static final ForPeople MENTAL_HEALTH_JOINT =
            new ForPeople(List.of(NHS_CAMHS), List.of(NHS_MH), CHILDS_HEALTH_RECORD_DIED);
    /** A perinatal mental health record is the mother's own; a child in it is recorded under her care. */
    private static final ForPeople MOTHERS_MENTAL_HEALTH =
            new ForPeople(List.of(NHS_CHILD), List.of(NHS_MH), CHILDS_HEALTH_RECORD_DIED);

    /** An allegation record is about the adult it concerns; a child in the family is not its subject. */
    private static final ForPeople STATUTORY_ALLEGATION = new ForPeople(List.of(), List.of(LA_ALLEGATION));

    private static final ForPeople EARLY_HELP_RECORD = new ForPeople(List.of(LA_EARLY_HELP), List.of(LA_EARLY_HELP));

    private static final Map<ServiceType, ForPeople> HEALTH = Map.of(
            PARENT_INFANT_MENTAL_HEALTH, MENTAL_HEALTH_JOINT,
            PERINATAL_MENTAL_HEALTH, MOTHERS_MENTAL_HEALTH,
            HEALTH_VISITING, HEALTH_RECORD,
            MIDWIFERY, new ForPeople(List.of(NHS_CHILD), List.of(NHS_MATERNITY), CHILDS_HEALTH_RECORD_DIED),
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
        ForPeople forPeople = forPeople(sector, serviceType);
        if (child == null) {
            return java.util.stream.Stream.concat(forPeople.child().stream(), forPeople.adult().stream())
                    .distinct()
                    .toList();
        }
        return child ? forPeople.child() : forPeople.adult();
    }

    /**
     * The early reviews a record raises for a person it is about who has died: a child's health record
     * raises {@code NHS-DEATH-CHILD}. {@code child} is null when the person's age is not known, and then a
     * child's early reviews apply, as a child's rules do.
     */
    public static List<RuleId> earlyReviewsFor(Sector sector, ServiceType serviceType, Boolean child) {
        return Boolean.FALSE.equals(child)
                ? List.of()
                : forPeople(sector, serviceType).childDied();
    }

    private static ForPeople forPeople(Sector sector, ServiceType serviceType) {
        return (switch (sector) {
                    case HEALTH -> HEALTH;
                    case LOCAL_AUTHORITY -> LOCAL_AUTHORITY;
                    case VOLUNTARY -> VOLUNTARY;
                })
                .get(serviceType);
    }
}
