package org.cradle.application.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.ConflictException;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.Purpose;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.NhsNumber;
import org.cradle.domain.referral.ReferralRequest;
import org.cradle.domain.referral.ReferralRequestId;

/**
 * An organisation that finds a person Cradle already holds, by NHS number, asks the organisations
 * holding the records of the person's families for a referral: one request to each. It learns that
 * Cradle holds the person and nothing more: not who they are in Cradle, nor who holds them.
 */
@ApplicationScoped
public class AskForReferral {

    public record Command(NhsNumber nhsNumber, Purpose purpose, String note) {
        public Command {
            if (nhsNumber == null) {
                throw new InvalidValueException("nhsNumber", "required", "nhsNumber is required.");
            }
        }
    }

    private final Access access;
    private final Custodians custodians;
    private final ReferralRequests requests;

    public AskForReferral(Access access, Custodians custodians, ReferralRequests requests) {
        this.access = access;
        this.custodians = custodians;
        this.requests = requests;
    }

    /** The requests made, one to each organisation asked, as the asking organisation sees them. */
    @Transactional
    public List<ReferralRequestDetails> ask(Actor actor, Command command) {
        Permit permit = access.require(actor, Capability.MAKE_REFERRALS);
        Custodians.HeldPerson held = custodians
                .ofNhsNumber(command.nhsNumber())
                .filter(person -> !person.custodians().isEmpty())
                .orElseThrow(() -> new RuleViolationException(
                        "nhsNumber",
                        "unknown-nhs-number",
                        "Cradle holds no family with a person of NHS number " + command.nhsNumber()
                                + ": record the family yourself."));
        boolean alreadyWorking = access.familiesSeeing(actor, held.person()).values().stream()
                .anyMatch(relationship -> relationship.worksWith(held.person()));
        if (alreadyWorking || held.custodians().contains(actor.organisation())) {
            throw new ConflictException(
                    "already-working-with",
                    "Your organisation already works with the person of NHS number " + command.nhsNumber()
                            + ": find their family with GET /api/v1/families?nhsNumber=" + command.nhsNumber() + ".");
        }
        List<ReferralRequestDetails> asked = new ArrayList<>();
        for (OrganisationId holder : held.custodians().stream()
                .sorted(Comparator.comparing(OrganisationId::value))
                .toList()) {
            ReferralRequest request = ReferralRequest.ask(
                    ReferralRequestId.newId(),
                    actor.organisation(),
                    command.nhsNumber(),
                    held.person(),
                    holder,
                    command.purpose(),
                    command.note(),
                    actor.subject(),
                    permit.at());
            requests.add(request);
            permit.handOver(Fact.of(
                            AuditAction.REFERRAL_REQUESTED,
                            RecordType.REFERRAL_REQUEST,
                            request.id().value())
                    .about(held.person(), null));
            asked.add(ReferralRequestDetails.forAsker(request));
        }
        return asked;
    }
}
