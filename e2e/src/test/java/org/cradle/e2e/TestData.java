package org.cradle.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The personal data the suite sends to Cradle. Everything here is what must never appear in a log
 * line, so each piece is recorded as it is handed out, for the final scan.
 */
final class TestData {

    private static final List<String> HANDED_OUT = new ArrayList<>();

    private TestData() {}

    static synchronized String nhsNumber() {
        while (true) {
            StringBuilder number = new StringBuilder();
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                // Never a leading 0: numbers starting 00 are not issued.
                int digit = i == 0
                        ? 1 + ThreadLocalRandom.current().nextInt(9)
                        : ThreadLocalRandom.current().nextInt(10);
                sum += digit * (10 - i);
                number.append(digit);
            }
            int check = (11 - sum % 11) % 11;
            if (check != 10) {
                String nhs = number.append(check).toString();
                HANDED_OUT.add(nhs);
                return nhs;
            }
        }
    }

    /** A name unlikely to appear anywhere by chance, so finding it in a log means it leaked there. */
    static synchronized String name(String stem) {
        String name =
                stem + "zyx" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36);
        HANDED_OUT.add(name);
        return name;
    }

    static Map<String, Object> person(String givenName, String familyName, String born, String nhsNumber) {
        return Map.of("givenName", givenName, "familyName", familyName, "dateOfBirth", born, "nhsNumber", nhsNumber);
    }

    static synchronized List<String> handedOut() {
        return List.copyOf(HANDED_OUT);
    }
}
