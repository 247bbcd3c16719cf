package org.cradle.domain.person;

import java.util.regex.Pattern;
import org.cradle.domain.InvalidValueException;

/**
 * An NHS number: ten digits, the last a modulus-11 check digit over the first nine (weights 10 down
 * to 2). A remainder giving check digit 10 means the number was never issued. It may be written as
 * people write it, in groups of three, three and four digits parted by a space or a hyphen ({@code 943
 * 476 5919}, {@code 943-476-5919}): the parting is dropped, and so is white space around it.
 *
 * <p>Some numbers pass the check but are never issued, and turn up only as placeholders typed to get
 * past a form: one digit repeated ({@code 0000000000}, {@code 1111111111}) and anything starting
 * {@code 00} (issued ranges start at {@code 010}, Scotland's CHI numbers, which begin with a day of
 * the month). Taking them would merge strangers into one person.
 */
public record NhsNumber(String value) {

    /** How an NHS number may be written: ten digits, grouped 3-3-4 by a space or a hyphen, or not. */
    public static final String WRITTEN = "^[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{4}$";

    /** The longest way of writing one: ten digits and two partings. */
    public static final int MAX_WRITTEN_LENGTH = 12;

    /** An NHS number as Cradle holds and shows it: its ten digits. */
    public static final String DIGITS = "^[0-9]{10}$";

    public static final int LENGTH = 10;

    private static final Pattern AS_WRITTEN = Pattern.compile(WRITTEN);

    public NhsNumber {
        if (value == null) {
            throw new InvalidValueException("nhsNumber", "required", "nhsNumber is required.");
        }
        value = value.strip();
        if (!AS_WRITTEN.matcher(value).matches()) {
            throw new InvalidValueException(
                    "nhsNumber",
                    "ten-digits",
                    "nhsNumber must be 10 digits, in groups of 3, 3 and 4 parted by a space or a hyphen if at all.");
        }
        value = value.replace(" ", "").replace("-", "");
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
