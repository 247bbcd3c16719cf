package org.cradle.bootstrap.api;

import static org.cradle.bootstrap.api.MembershipApiTest.person;

/**
 * A family that an organisation works with (it has an open episode): a mother and a father, both with
 * parental responsibility, and their baby. What consent and confidentiality tests start from.
 */
public record Household(String family, String mother, String father, String child) {

    public static Household workedWithBy(Api api, String familyName, String surname) {
        String family = api.createFamily(familyName);
        api.openEpisode(family);
        String mother =
                api.addNewPerson(family, person("Ada", surname, "1994-04-04", NhsNumbers.fresh()), "MOTHER", true);
        String father =
                api.addNewPerson(family, person("Ben", surname, "1992-02-02", NhsNumbers.fresh()), "FATHER", true);
        String child =
                api.addNewPerson(family, person("Cy", surname, "2026-06-06", NhsNumbers.fresh()), "CHILD", false);
        return new Household(family, mother, father, child);
    }
}
