package org.cradle.contracts.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cradle.application.PageRequest;
import org.cradle.application.referral.ReferralBox;
import org.cradle.application.referral.ReferralRequests;
import org.cradle.application.referral.Referrals;
import org.cradle.contracts.PortContract;
import org.cradle.domain.StaleVersionException;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.consent.Purpose;
import org.cradle.domain.family.Family;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.NhsNumber;
import org.cradle.domain.referral.Referral;
import org.cradle.domain.referral.ReferralId;
import org.cradle.domain.referral.ReferralRequest;
import org.cradle.domain.referral.ReferralRequestId;
import org.cradle.domain.referral.ReferralRequestStatus;
import org.cradle.domain.referral.ReferralStatus;
import org.junit.jupiter.api.Test;

/**
 * What every store of referrals and of requests for one does: keeps each as made, stores an answer only
 * onto the version it was made from, and lists an organisation's inbox or outbox most recent first,
 * optionally in one status, paged.
 */
public abstract class ReferralsContract extends PortContract {

    private static final PageRequest ALL = new PageRequest(0, 50);

    private final OrganisationId north = organisation("north");
    private final OrganisationId south = organisation("south");

    protected abstract Referrals referrals();

    protected abstract ReferralRequests requests();

    /** A family Cradle holds, with one member, whom referrals and requests name. */
    protected abstract Family family();

    @Test
    void a_referral_reads_back_as_made_and_an_answer_is_stored_onto_the_version_read() {
        Family family = family();
        Referral made = referral(family, north, south, at("2026-04-01T09:00:00Z"));
        transaction(() -> referrals().add(made));

        Referral read = transaction(() -> referrals().findForChange(made.id())).orElseThrow();
        assertThat(read.people()).isEqualTo(made.people());
        assertThat(read.categories()).isEqualTo(made.categories());
        assertThat(read.madeAt()).isEqualTo(made.madeAt());
        assertThat(read.status()).isEqualTo(ReferralStatus.PENDING);
        read.accept(south, "s.acceptor", at("2026-04-02T09:00:00Z"));
        Referral stored = transaction(() -> referrals().update(read));

        assertThat(stored.version()).isEqualTo(read.version() + 1);
        assertThat(transaction(() -> referrals().find(made.id())).orElseThrow().status())
                .isEqualTo(ReferralStatus.ACCEPTED);
        assertThatExceptionOfType(StaleVersionException.class)
                .isThrownBy(() -> transaction(() -> referrals().update(read)));
        assertThat(transaction(() -> referrals().find(ReferralId.newId()))).isEmpty();
    }

    @Test
    void an_organisations_referrals_are_listed_by_side_most_recent_first_in_one_status_if_asked() {
        Family family = family();
        Referral older = referral(family, north, south, at("2026-04-01T09:00:00Z"));
        Referral newer = referral(family, north, south, at("2026-04-03T09:00:00Z"));
        Referral back = referral(family, south, north, at("2026-04-02T09:00:00Z"));
        transaction(() -> List.of(older, newer, back).forEach(referrals()::add));
        transaction(() -> {
            Referral answered = referrals().findForChange(older.id()).orElseThrow();
            answered.decline(south, "s.decliner", "Not our area.", at("2026-04-04T09:00:00Z"));
            referrals().update(answered);
        });

        var made = transaction(() -> referrals().of(north, ReferralBox.OUTBOX, Optional.empty(), ALL));
        var received = transaction(() -> referrals().of(south, ReferralBox.INBOX, Optional.empty(), ALL));
        var pending =
                transaction(() -> referrals().of(south, ReferralBox.INBOX, Optional.of(ReferralStatus.PENDING), ALL));
        var second =
                transaction(() -> referrals().of(north, ReferralBox.OUTBOX, Optional.empty(), new PageRequest(1, 1)));

        assertThat(made.items()).extracting(Referral::id).containsExactly(newer.id(), older.id());
        assertThat(received.items()).extracting(Referral::id).containsExactly(newer.id(), older.id());
        assertThat(pending.items()).extracting(Referral::id).containsExactly(newer.id());
        assertThat(pending.totalItems()).isEqualTo(1);
        assertThat(second.items()).extracting(Referral::id).containsExactly(older.id());
        assertThat(second.totalItems()).isEqualTo(2);
    }

    @Test
    void a_request_reads_back_as_asked_its_answer_is_versioned_and_boxes_list_the_most_recent_first() {
        Family family = family();
        ReferralRequest older = request(family, at("2026-04-01T09:00:00Z"));
        ReferralRequest newer = request(family, at("2026-04-02T09:00:00Z"));
        transaction(() -> List.of(older, newer).forEach(requests()::add));

        ReferralRequest read =
                transaction(() -> requests().findForChange(older.id())).orElseThrow();
        assertThat(read.person()).isEqualTo(older.person());
        assertThat(read.askedAt()).isEqualTo(older.askedAt());
        read.refuse(north, "n.holder", "We do not hold enough.", at("2026-04-03T09:00:00Z"));
        assertThat(transaction(() -> requests().update(read)).version()).isEqualTo(read.version() + 1);
        assertThatExceptionOfType(StaleVersionException.class)
                .isThrownBy(() -> transaction(() -> requests().update(read)));

        assertThat(transaction(() -> requests().of(north, ReferralBox.INBOX, Optional.empty(), ALL))
                        .items())
                .extracting(ReferralRequest::id)
                .containsExactly(newer.id(), older.id());
        assertThat(transaction(() ->
                                requests().of(south, ReferralBox.OUTBOX, Optional.of(ReferralRequestStatus.OPEN), ALL))
                        .items())
                .extracting(ReferralRequest::id)
                .containsExactly(newer.id());
        assertThat(transaction(() -> requests().find(ReferralRequestId.newId())))
                .isEmpty();
    }

    private static Referral referral(Family family, OrganisationId from, OrganisationId to, Instant at) {
        return Referral.make(
                ReferralId.newId(),
                family,
                from,
                to,
                Purpose.DIRECT_SUPPORT,
                List.of(family.members().get(0).person()),
                Set.of(InformationCategory.BASIC_DETAILS),
                "Feeding support.",
                null,
                "r.maker",
                at);
    }

    /** South asks north, which holds the family, for a referral of its member. */
    private ReferralRequest request(Family family, Instant at) {
        return ReferralRequest.ask(
                ReferralRequestId.newId(),
                south,
                new NhsNumber("9434765919"),
                family.members().get(0).person(),
                north,
                Purpose.DIRECT_SUPPORT,
                null,
                "s.asker",
                at);
    }
}
