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

    /**
     * A consent {@code person} gives for themselves, from yesterday, to be reviewed in six months: basic
     * details, for direct support, to the team around the family.
     */
    public static java.util.Map<String, Object> ownConsent(String person) {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        java.util.Map<String, Object> body = new java.util.HashMap<>();
        body.put("subjectId", person);
        body.put("grantorId", person);
        body.put("decision", "GIVEN");
        body.put("purposes", java.util.List.of("DIRECT_SUPPORT"));
        body.put("recipients", java.util.List.of(java.util.Map.of("kind", "TEAM_AROUND_THE_FAMILY")));
        body.put("categories", java.util.List.of("BASIC_DETAILS"));
        body.put("notesKeptIn", "INFANT_RECORD");
        body.put("method", "EXPLICIT_WRITTEN");
        body.put("effectiveFrom", today.minusDays(1).toString());
        body.put("reviewBy", today.plusMonths(6).toString());
        return body;
    }
}
