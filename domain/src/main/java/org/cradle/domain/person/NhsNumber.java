package org.cradle.domain.person;

import org.cradle.domain.InvalidValueException;

/**
 * An NHS number: ten digits, the last a modulus-11 check digit over the first nine (weights 10 down
 * to 2). A remainder giving check digit 10 means the number was never issued. Spaces and hyphens
 * as people write them ({@code 943 476 5919}) are accepted and dropped.
 *
 * <p>Some numbers pass the check but are never issued, and turn up only as placeholders typed to get
 * past a form: one digit repeated ({@code 0000000000}, {@code 1111111111}) and anything starting
 * {@code 00} (issued ranges start at {@code 010}, Scotland's CHI numbers, which begin with a day of
 * the month). Taking them would merge strangers into one person.
 */
public record NhsNumber(String value) {

    public NhsNumber {
        if (value == null) {
            throw new InvalidValueException("nhsNumber", "required", "nhsNumber is required.");
        }
        value = value.replace(" ", "").replace("-", "");
        if (!value.matches("[0-9]{10}")) {
            throw new InvalidValueException("nhsNumber", "ten-digits", "nhsNumber must be 10 digits.");
        }
        if (value.chars().distinct().count() == 1 || value.startsWith("00")) {
            throw new InvalidValueException(
                    "nhsNumber", "not-issued", "nhsNumber is a placeholder, not a number the NHS issues.");
        }
        if (!hasValidCheckDigit(value)) {
            throw new InvalidValueException(
                    "nhsNumber", "modulus-11", "nhsNumber fails the modulus-11 check: its last digit does not match.");
        }
    }

    private static boolean hasValidCheckDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }

    @Override
    public String toString() {
        return value;
    }
}
