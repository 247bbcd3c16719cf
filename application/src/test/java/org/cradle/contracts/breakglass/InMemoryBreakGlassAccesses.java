package org.cradle.contracts.breakglass;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.breakglass.BreakGlassAccesses;
import org.cradle.application.breakglass.BreakGlassUse;
import org.cradle.contracts.Paging;
import org.cradle.contracts.Uuids;
import org.cradle.domain.StaleVersionException;
import org.cradle.domain.access.Ground;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.AuditEvent;
import org.cradle.domain.breakglass.BreakGlassAccess;
import org.cradle.domain.breakglass.BreakGlassAccessId;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;

/**
 * Break-glass accesses in memory, rule for rule as the SQL adapter answers: reviewers see their own
 * practitioners' accesses and those on families they hold; a use counts what the trail shows was done
 * under the access.
 */
public final class InMemoryBreakGlassAccesses implements BreakGlassAccesses {

    private final List<BreakGlassAccess> accesses = new ArrayList<>();
    private final Function<FamilyId, Optional<OrganisationId>> custodianOf;
    private final Supplier<List<AuditEvent>> trail;

    /**
     * @param custodianOf the organisation holding each family's record
     * @param trail the audit events recorded, which the uses are counted from
     */
    public InMemoryBreakGlassAccesses(
            Function<FamilyId, Optional<OrganisationId>> custodianOf, Supplier<List<AuditEvent>> trail) {
        this.custodianOf = custodianOf;
        this.trail = trail;
    }

    @Override
    public void add(BreakGlassAccess access) {
        accesses.add(copy(access, access.version()));
    }

    @Override
    public boolean openFor(OrganisationId organisation, String practitioner, FamilyId family, Instant at) {
        return accesses.stream()
                .anyMatch(a -> a.organisation().equals(organisation)
                        && a.practitioner().equals(practitioner)
                        && a.family().equals(family)
                        && a.isActiveAt(at));
    }

    @Override
    public Optional<BreakGlassUse> find(BreakGlassAccessId id, OrganisationId reviewers) {
        return accesses.stream()
                .filter(a -> a.id().equals(id) && seenBy(a, reviewers))
                .findFirst()
                .map(this::use);
    }

    @Override
    public Page<BreakGlassUse> forReview(OrganisationId reviewers, Boolean reviewed, PageRequest page) {
        return Paging.page(
                accesses.stream()
                        .filter(a -> seenBy(a, reviewers) && (reviewed == null || a.reviewed() == reviewed))
                        .sorted(Comparator.comparing(BreakGlassAccess::grantedAt)
                                .thenComparing(a -> a.id().value(), Uuids.ORDER)
                                .reversed())
                        .map(this::use)
                        .toList(),
                page);
    }

    @Override
    public BreakGlassAccess update(BreakGlassAccess access) {
        BreakGlassAccess stored = accesses.stream()
                .filter(a -> a.id().equals(access.id()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("update of an access never added: " + access.id()));
        if (stored.version() != access.version()) {
            throw new StaleVersionException("break-glass access", access.id());
        }
        BreakGlassAccess next = copy(access, access.version() + 1);
        accesses.set(accesses.indexOf(stored), next);
        return copy(next, next.version());
    }

    /** A copy handed in or out, so that a change reaches the store only through {@link #update}. */
    private static BreakGlassAccess copy(BreakGlassAccess access, long version) {
        return BreakGlassAccess.reconstitute(
                access.id(),
                access.family(),
                access.organisation(),
                access.practitioner(),
                access.reason(),
                access.grantedAt(),
                access.expiresAt(),
                access.review().orElse(null),
                version);
    }

    /** Every access added, as stored, in the order added. */
    public List<BreakGlassAccess> all() {
        return accesses.stream().map(a -> copy(a, a.version())).toList();
    }

    private boolean seenBy(BreakGlassAccess access, OrganisationId reviewers) {
        return access.organisation().equals(reviewers)
                || custodianOf.apply(access.family()).filter(reviewers::equals).isPresent();
    }

    private BreakGlassUse use(BreakGlassAccess access) {
        long made = trail.get().stream()
                .filter(e -> e.ground() == Ground.BREAK_GLASS
                        && e.action() != AuditAction.BREAK_GLASS_GRANTED
                        && access.family().equals(e.family())
                        && e.actorSubject().equals(access.practitioner())
                        && e.actorOrganisation().equals(access.organisation())
                        && access.isActiveAt(e.occurredAt()))
                .count();
        return new BreakGlassUse(copy(access, access.version()), made);
    }
}
