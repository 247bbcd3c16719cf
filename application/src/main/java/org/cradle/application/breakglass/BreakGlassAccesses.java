package org.cradle.application.breakglass;

import java.time.Instant;
import java.util.Optional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.domain.breakglass.BreakGlassAccess;
import org.cradle.domain.breakglass.BreakGlassAccessId;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;

/**
 * The break-glass accesses granted, each with how much was read under it. Reviewers of an organisation
 * see the accesses its own practitioners broke, and those anyone broke on a family it holds.
 */
public interface BreakGlassAccesses {

    void add(BreakGlassAccess access);

    /** Whether the practitioner of the organisation holds an access to the family open at {@code at}. */
    boolean openFor(OrganisationId organisation, String practitioner, FamilyId family, Instant at);

    /** The access, when the reviewers of {@code reviewers} see it; empty when unknown or not theirs to see. */
    Optional<BreakGlassUse> find(BreakGlassAccessId id, OrganisationId reviewers);

    /**
     * The accesses the reviewers of {@code reviewers} see, newest first (by when granted, then id), paged
     * in the database.
     *
     * @param reviewed only the reviewed ones ({@code true}), only those waiting ({@code false}), or all
     *     ({@code null})
     */
    Page<BreakGlassUse> forReview(OrganisationId reviewers, Boolean reviewed, PageRequest page);

    /**
     * Stores a reviewed access and returns it as stored, with its new version; refuses with a
     * stale-version error if it changed meanwhile.
     */
    BreakGlassAccess update(BreakGlassAccess access);
}
