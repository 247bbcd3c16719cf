package org.cradle.bootstrap.api;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh valid NHS numbers, so that tests sharing one database never collide. */
public final class NhsNumbers {

    private NhsNumbers() {}

    public static String fresh() {
        while (true) {
            int[] digits = new int[9];
            int sum = 0;
            StringBuilder number = new StringBuilder();
            for (int i = 0; i < 9; i++) {
                // Never a leading 0: numbers starting 00 are not issued.
                digits[i] = i == 0
                        ? 1 + ThreadLocalRandom.current().nextInt(9)
                        : ThreadLocalRandom.current().nextInt(10);
                sum += digits[i] * (10 - i);
                number.append(digits[i]);
            }
            int check = 11 - (sum % 11);
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return number.append(check).toString();
            }
        }
    }

    /** A well-formed number whose check digit is wrong. */
    public static String withWrongCheckDigit() {
        String valid = fresh();
        int last = valid.charAt(9) - '0';
        return valid.substring(0, 9) + ((last + 1) % 10);
    }
}
