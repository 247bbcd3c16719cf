package org.cradle.application.family;

import jakarta.enterprise.context.Dependent;
import java.util.List;
import org.cradle.application.episode.Episodes;
import org.cradle.domain.RecordNotFoundException;
import org.cradle.domain.access.AccessDeniedException;
import org.cradle.domain.access.AccessPolicy;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.Capability;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.person.PersonId;

/**
 * Whether an actor's organisation is working with a family, for the records only such organisations
 * may keep or see (consents, confidentiality notices): it is when it has an open episode with the
 * family. Reading stays possible after the work ends, while the organisation still holds the records.
 *
 * <p>Not a use case but a check use cases share, hence not application-scoped like them.
 */
@Dependent
public class FamilyWork {

    /** What the actor wants to do with the family's records. */
    public enum Need {
        /** Record something: the organisation must be working with the family now. */
        RECORD(true, "Only an organisation working with the family (with an open episode) may do this"),
        /** Read what is recorded: the organisation must be, or have been, working with the family. */
        READ(false, "Only an organisation that works or has worked with the family (with an episode) may do this");

        private final boolean openEpisode;
        private final String refusal;

        Need(boolean openEpisode, String refusal) {
            this.openEpisode = openEpisode;
            this.refusal = refusal;
        }
    }

    private final Episodes episodes;
    private final PersonWork personWork;

    public FamilyWork(Episodes episodes, PersonWork personWork) {
        this.episodes = episodes;
        this.personWork = personWork;
    }

    public void require(Actor actor, Capability capability, FamilyId family, Need need) {
        AccessPolicy.require(actor, capability);
        if (!episodes.existsWithAny(List.of(family), actor.organisation(), need.openEpisode)) {
            throw refusal(actor, need);
        }
    }

    /**
     * As {@link #require}, for a person's records: any one of the person's families will do. Refuses
     * an unknown person as not found. One statement reads all it needs.
     */
    public void requireForPerson(Actor actor, Capability capability, PersonId person, Need need) {
        AccessPolicy.require(actor, capability);
        PersonWork.WorkWithPerson work = personWork
                .of(person, actor.organisation())
                .orElseThrow(() -> new RecordNotFoundException("person", person));
        if (!(need.openEpisode ? work.openEpisode() : work.anyEpisode())) {
            throw refusal(actor, need);
        }
    }

    private static AccessDeniedException refusal(Actor actor, Need need) {
        return new AccessDeniedException(
                need.refusal + "; " + actor.organisation().value() + " has none.");
    }
}
