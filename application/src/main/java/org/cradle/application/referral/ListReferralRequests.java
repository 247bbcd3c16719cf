package org.cradle.application.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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
import org.cradle.domain.person.Person;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.referral.ReferralRequest;
import org.cradle.domain.referral.ReferralRequestStatus;

/**
 * The caller's organisation's requests for a referral: those asked of it (its inbox, with the person)
 * or by it (its outbox, without), optionally in one status, most recent first. Each one listed is
 * audited as read.
 */
@ApplicationScoped
public class ListReferralRequests {

    public record Query(ReferralBox box, Optional<ReferralRequestStatus> status) {
        public Query {
            Objects.requireNonNull(box, "box");
            Objects.requireNonNull(status, "status");
        }
    }

    private final Access access;
    private final ReferralRequests requests;
    private final People people;

    public ListReferralRequests(Access access, ReferralRequests requests, People people) {
        this.access = access;
        this.requests = requests;
        this.people = people;
    }

    @Transactional
    public Page<ReferralRequestDetails> list(Actor actor, Query query, PageRequest page) {
        Permit permit = access.require(actor, Capability.MAKE_REFERRALS);
        Page<ReferralRequest> found = requests.of(actor.organisation(), query.box(), query.status(), page);
        Map<PersonId, Person> held = query.box() == ReferralBox.INBOX
                ? people
                        .findAll(found.items().stream()
                                .map(ReferralRequest::person)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Person::id, Function.identity()))
                : Map.of();
        return found.map(request -> {
            ReferralRequestDetails details = query.box() == ReferralBox.INBOX
                    ? ReferralRequestDetails.forHolder(request, Optional.ofNullable(held.get(request.person())))
                    : ReferralRequestDetails.forAsker(request);
            permit.handOver(RequestViews.read(details));
            return details;
        });
    }
}
