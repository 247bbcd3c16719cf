package org.cradle.contracts.sharing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.sharing.DisclosureQuery;
import org.cradle.application.sharing.SharingDecisions;
import org.cradle.application.sharing.StillToTell;
import org.cradle.contracts.Paging;
import org.cradle.contracts.Uuids;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.referral.ReferralId;
import org.cradle.domain.sharing.SharingDecision;
import org.cradle.domain.sharing.SharingDecisionId;
import org.cradle.domain.sharing.Telling;

/** The sharing decisions in memory, as {@link SharingDecisionsContract} says every store keeps them. */
public final class InMemorySharingDecisions implements SharingDecisions {

    private static final Comparator<SharingDecision> OLDEST_FIRST =
            Comparator.comparing(SharingDecision::decidedAt).thenComparing(d -> d.id().value(), Uuids.ORDER);

    private final Map<SharingDecisionId, SharingDecision> decisions = new LinkedHashMap<>();
    private final List<Telling> tellings = new ArrayList<>();

    @Override
    public void add(SharingDecision decision) {
        if (decisions.putIfAbsent(decision.id(), decision) != null) {
            throw new IllegalStateException(
                    "decision " + decision.id() + " is already recorded: decisions are appended once");
        }
    }

    @Override
    public Optional<SharingDecision> find(SharingDecisionId id) {
        return Optional.ofNullable(decisions.get(id));
    }

    @Override
    public Optional<SharingDecision> forReferral(ReferralId referral) {
        return decisions.values().stream()
                .filter(d -> referral.equals(d.referral()))
                .findFirst();
    }

    @Override
    public Page<SharingDecision> find(DisclosureQuery query, OrganisationId organisation, PageRequest page) {
        return Paging.page(
                decisions.values().stream()
                        .filter(d -> d.isVisibleTo(organisation))
                        .filter(d -> query.person() == null
                                || d.proposal().subjects().contains(query.person()))
                        .filter(d -> query.family() == null || d.family().equals(query.family()))
                        .filter(d -> query.recipient() == null
                                || query.recipient()
                                        .equals(d.proposal().recipient().organisation()))
                        .filter(d -> query.from() == null || !d.decidedAt().isBefore(query.from()))
                        .filter(d -> query.to() == null || d.decidedAt().isBefore(query.to()))
                        .sorted(OLDEST_FIRST.reversed())
                        .toList(),
                page);
    }

    @Override
    public boolean add(Telling telling) {
        if (told(telling.decision(), telling)) {
            return false;
        }
        return tellings.add(telling);
    }

    @Override
    public List<Telling> tellings(SharingDecisionId decision) {
        return tellings.stream()
                .filter(t -> t.decision().equals(decision))
                .sorted(Comparator.comparing(Telling::recordedAt)
                        .thenComparing(t -> t.person().value(), Uuids.ORDER))
                .toList();
    }

    @Override
    public Page<StillToTell> stillToTell(OrganisationId organisation, PageRequest page) {
        return Paging.page(
                decisions.values().stream()
                        .filter(d -> d.organisation().equals(organisation) && d.shared() && !d.subjectsTold())
                        .sorted(OLDEST_FIRST)
                        .flatMap(d -> d.proposal().subjects().stream()
                                .sorted(Comparator.comparing(p -> p.value(), Uuids.ORDER))
                                .filter(person -> tellings.stream()
                                        .noneMatch(t -> t.decision().equals(d.id())
                                                && t.person().equals(person)))
                                .map(person -> new StillToTell(
                                        d.id(),
                                        d.family(),
                                        person,
                                        d.decidedAt(),
                                        d.decidedBy(),
                                        d.proposal().recipient().organisation(),
                                        d.notToldReason())))
                        .toList(),
                page);
    }

    /** Every decision recorded, in the order it was. */
    public List<SharingDecision> all() {
        return List.copyOf(decisions.values());
    }

    private boolean told(SharingDecisionId decision, Telling telling) {
        return tellings.stream()
                .anyMatch(t -> t.decision().equals(decision) && t.person().equals(telling.person()));
    }
}
