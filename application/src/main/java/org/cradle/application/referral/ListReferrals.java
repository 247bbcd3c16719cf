package org.cradle.application.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.application.person.People;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.person.Person;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.referral.Referral;
import org.cradle.domain.referral.ReferralStatus;

/**
 * The caller's organisation's referrals: those made to it (its inbox) or by it (its outbox),
 * optionally in one status, most recent first. Each referral listed is audited as read, with each
 * person whose basic details it shows.
 */
@ApplicationScoped
public class ListReferrals {

    public record Query(ReferralBox box, Optional<ReferralStatus> status) {
        public Query {
            Objects.requireNonNull(box, "box");
            Objects.requireNonNull(status, "status");
        }
    }

    private final Access access;
    private final Referrals referrals;
    private final People people;

    public ListReferrals(Access access, Referrals referrals, People people) {
        this.access = access;
        this.referrals = referrals;
        this.people = people;
    }

    @Transactional
    public Page<ReferralDetails> list(Actor actor, Query query, PageRequest page) {
        Permit permit = access.require(actor, Capability.MAKE_REFERRALS);
        Page<Referral> found = referrals.of(actor.organisation(), query.box(), query.status(), page);
        Map<PersonId, Person> named =
                people
                        .findAll(found.items().stream()
                                .flatMap(r -> r.people().stream())
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Person::id, Function.identity()));
        return found.map(referral -> {
            List<Person> shown = referral.people().stream()
                    .map(named::get)
                    .filter(Objects::nonNull)
                    .toList();
            shown.forEach(
                    person -> permit.handOver(ReferralParties.fact(AuditAction.REFERRAL_READ, referral, person.id())));
            return new ReferralDetails(referral, shown);
        });
    }
}
