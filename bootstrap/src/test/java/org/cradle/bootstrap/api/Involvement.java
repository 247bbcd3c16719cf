package org.cradle.bootstrap.api;

import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Test set-up: that one organisation accepted a referral of a whole family from another, for every
 * category, as the referral endpoints record it. For tests whose subject is something else (two
 * organisations' notices); referrals themselves are tested through their endpoints.
 */
final class Involvement {

    private Involvement() {}

    static void referred(DataSource dataSource, String family, String from, String to) throws SQLException {
        referred(dataSource, family, from, to, null);
    }

    /** As {@link #referred(DataSource, String, String, String)}, naming only {@code people} when given. */
    static void referred(DataSource dataSource, String family, String from, String to, String[] people)
            throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("insert into family_involvement (id, family_id,"
                        + " organisation, ground, referred_by, referral_id, people, categories, since)"
                        + " values (?, ?, ?, 'REFERRAL', ?, ?, ?, array['BASIC_DETAILS', 'DEVELOPMENT_AND_HEALTH',"
                        + " 'MENTAL_HEALTH', 'SUBSTANCE_USE', 'DOMESTIC_ABUSE', 'OFFENDING_HISTORY', 'SEXUAL_HEALTH'],"
                        + " now())")) {
            statement.setObject(1, UUID.randomUUID());
            statement.setObject(2, UUID.fromString(family));
            statement.setString(3, to);
            statement.setString(4, from);
            statement.setObject(5, UUID.randomUUID());
            statement.setArray(
                    6,
                    people == null
                            ? null
                            : connection.createArrayOf(
                                    "uuid",
                                    java.util.Arrays.stream(people)
                                            .map(UUID::fromString)
                                            .toArray()));
            statement.executeUpdate();
        }
    }
}
