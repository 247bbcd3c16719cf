package org.cradle.application.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.application.family.Families;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.referral.ReferralId;
import org.cradle.domain.referral.ReferralRequest;
import org.cradle.domain.referral.ReferralRequestId;

/**
 * The organisation asked for a referral makes one, to the organisation that asked: from a family whose
 * record it holds and which the person asked about belongs to, naming that person (and others, if it
 * chooses), under the same rules and consent as any referral. The asker then accepts or declines it.
 */
@ApplicationScoped
public class AnswerReferralRequest {

    public record Command(
            ReferralRequestId request,
            FamilyId family,
            List<PersonId> people,
            Set<InformationCategory> categories,
            String note) {
        public Command {
            Objects.requireNonNull(request, "request");
            if (family == null) {
                throw new InvalidValueException("familyId", "required", "familyId is required.");
            }
            people = people == null ? List.of() : List.copyOf(people);
            categories = categories == null ? Set.of() : Set.copyOf(categories);
        }
    }

    private final Access access;
    private final ReferralParties parties;
    private final ReferralRequests requests;
    private final Families families;
    private final MakeReferral makeReferral;

    public AnswerReferralRequest(
            Access access,
            ReferralParties parties,
            ReferralRequests requests,
            Families families,
            MakeReferral makeReferral) {
        this.access = access;
        this.parties = parties;
        this.requests = requests;
        this.families = families;
        this.makeReferral = makeReferral;
    }

    /** The referral made in answer. */
    @Transactional
    public ReferralDetails answer(Actor actor, Command command) {
        Permit asked = access.require(actor, Capability.MAKE_REFERRALS);
        ReferralRequest request = parties.request(asked, command.request(), true);
        ReferralId made = ReferralId.newId();
        request.answer(actor.organisation(), actor.subject(), made, asked.at());
        Permit permit = access.require(actor, new Need.WorkWithFamily(Capability.MAKE_REFERRALS), command.family());
        if (!permit.relationship().custodian()) {
            throw new RuleViolationException(
                    "familyId",
                    "not-custodian",
                    "Your organisation does not hold the record of family " + command.family()
                            + ": answer from a family whose record it holds.");
        }
        if (families.require(command.family()).membershipOf(request.person()).isEmpty()) {
            throw new RuleViolationException(
                    "familyId",
                    "person-not-in-family",
                    "The person asked about is not a member of family " + command.family() + ".");
        }
        if (!command.people().contains(request.person())) {
            throw new RuleViolationException(
                    "people",
                    "requested-person-not-named",
                    "The referral names the person asked about (" + request.person() + ").");
        }
        ReferralDetails referral = makeReferral.make(
                permit,
                new MakeReferral.Command(
                        command.family(),
                        request.asker(),
                        request.purpose(),
                        command.people(),
                        command.categories(),
                        command.note()),
                request.id(),
                made);
        ReferralRequest stored = requests.update(request);
        permit.handOver(Fact.of(
                AuditAction.REFERRAL_MADE,
                RecordType.REFERRAL_REQUEST,
                stored.id().value()));
        return referral;
    }
}
