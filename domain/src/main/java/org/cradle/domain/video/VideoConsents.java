package org.cradle.domain.video;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cradle.domain.consent.ConsentInForce;
import org.cradle.domain.consent.ConsentStatus;
import org.cradle.domain.consent.Party;
import org.cradle.domain.consent.Purpose;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;

/**
 * Whose consent a video still lacks. Recording a session, viewing it in supervision and showing it in
 * training are three consents, each given (or not) by every adult who appears, to the organisation that
 * holds the video; a consent withdrawn, refused or past its review covers nothing from that day.
 */
public final class VideoConsents {

    private VideoConsents() {}

    /**
     * The adults, of those given, whose consents in force on {@code day} do not cover {@code purpose}
     * for {@code holder}.
     *
     * @param inForce each adult's consent versions in force that day
     */
    public static Set<PersonId> lacking(
            Purpose purpose,
            OrganisationId holder,
            Set<PersonId> adults,
            Map<PersonId, List<ConsentInForce>> inForce,
            LocalDate day) {
        Party organisation = Party.organisation(holder, null, null);
        Set<PersonId> lacking = new TreeSet<>((a, b) -> a.value().compareTo(b.value()));
        for (PersonId adult : adults) {
            boolean covered = inForce.getOrDefault(adult, List.of()).stream()
                    .anyMatch(consent -> consent.version().statusOn(day) == ConsentStatus.GIVEN
                            && consent.version().terms().purposes().contains(purpose)
                            && consent.version().terms().recipients().stream()
                                    .anyMatch(recipient -> recipient.includes(organisation, consent.team())));
            if (!covered) {
                lacking.add(adult);
            }
        }
        return Set.copyOf(lacking);
    }
}
