package org.cradle.application.referral;

import java.util.List;
import java.util.Objects;
import org.cradle.domain.person.Person;
import org.cradle.domain.referral.Referral;

/**
 * A referral as either organisation sees it: its own content, and the basic details (name, date of
 * birth, NHS number) of the people it names, which consent covers sharing with the receiving
 * organisation. Nothing else of the family is in it.
 */
public record ReferralDetails(Referral referral, List<Person> people) {

    public ReferralDetails {
        Objects.requireNonNull(referral, "referral");
        people = List.copyOf(people);
    }
}
