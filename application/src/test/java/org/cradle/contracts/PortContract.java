package org.cradle.contracts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Supplier;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.NhsNumber;

/**
 * What every port's contract shares: a unit of work, and names no other test has used. The contracts
 * run against the in-memory fakes and against the PostgreSQL adapters in one database that every
 * {@code @QuarkusTest} shares, so each contract speaks only of records it made itself (ADR 29).
 */
public abstract class PortContract {

    /**
     * Runs {@code work} as one use case would. The in-memory fakes need no transaction; the PostgreSQL
     * subclasses run it in a transaction of its own, committed, as a use case's would be.
     */
    protected <T> T transaction(Supplier<T> work) {
        return work.get();
    }

    protected final void transaction(Runnable work) {
        transaction(() -> {
            work.run();
            return null;
        });
    }

    /** An organisation code no other test uses: lists filtered by organisation then hold only this test's rows. */
    protected static OrganisationId organisation(String name) {
        return new OrganisationId(
                "contract-" + name + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** A time PostgreSQL keeps exactly (microseconds), so that what is read back equals what was stored. */
    protected static Instant at(String instant) {
        return Instant.parse(instant).truncatedTo(ChronoUnit.MICROS);
    }

    /** A valid NHS number (modulus 11), at random: one no other test holds, but by a chance in a billion. */
    protected static NhsNumber freshNhsNumber() {
        java.util.Random random = new java.util.Random();
        while (true) {
            int[] digits = new int[10];
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                // Never a leading 0: numbers starting 00 are not issued.
                digits[i] = i == 0 ? 1 + random.nextInt(9) : random.nextInt(10);
                sum += digits[i] * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 10) {
                continue;
            }
            digits[9] = check == 11 ? 0 : check;
            StringBuilder number = new StringBuilder();
            for (int digit : digits) {
                number.append(digit);
            }
            return new NhsNumber(number.toString());
        }
    }
}
