package org.cradle.application.family;

import jakarta.enterprise.context.Dependent;
import org.cradle.application.episode.Episodes;
import org.cradle.domain.access.AccessDeniedException;
import org.cradle.domain.access.AccessPolicy;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.Capability;
import org.cradle.domain.family.FamilyId;

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
        RECORD,
        /** Read what is recorded: the organisation must be, or have been, working with the family. */
        READ
    }

    private final Episodes episodes;

    public FamilyWork(Episodes episodes) {
        this.episodes = episodes;
    }

    public void require(Actor actor, Capability capability, FamilyId family, Need need) {
        requireForAny(actor, capability, java.util.List.of(family), need);
    }

    /** As {@link #require}, for a person's records: any one of the person's families will do. */
    public void requireForAny(Actor actor, Capability capability, java.util.Collection<FamilyId> families, Need need) {
        AccessPolicy.require(actor, capability);
        if (families.stream().noneMatch(family -> episodes.exists(family, actor.organisation(), need == Need.RECORD))) {
            throw new AccessDeniedException((need == Need.RECORD
                            ? "Only an organisation working with the family"
                            : "Only an organisation that works or has worked with the family")
                    + " (with " + (need == Need.RECORD ? "an open" : "an") + " episode) may do this; "
                    + actor.organisation().value() + " has none.");
        }
    }
}
