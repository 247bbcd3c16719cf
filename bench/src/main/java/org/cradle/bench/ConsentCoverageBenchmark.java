package org.cradle.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.cradle.adapters.persistence.consent.ConsentsInForceQuery;
import org.cradle.domain.consent.ConsentCoverage;
import org.cradle.domain.consent.ConsentInForce;
import org.cradle.domain.consent.CoverageAnswer;
import org.cradle.domain.consent.CoverageQuestion;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.consent.Party;
import org.cradle.domain.consent.Purpose;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.flywaydb.core.Flyway;

/**
 * The coverage question on a realistic volume: {@code bench.people} people (1 million by default) in
 * families of two, an open episode per family, two consents per person with five versions between
 * them (5 million versions), made by {@link Population}. The schema is the service's own (its
 * Flyway migrations); each question runs the statement the service runs
 * ({@link ConsentsInForceQuery}) and the domain's answer ({@link ConsentCoverage}), in this JVM,
 * against PostgreSQL on this machine, one after another.
 */
public final class ConsentCoverageBenchmark {

    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

    public static void main(String[] args) throws Exception {
        int people = Integer.getInteger("bench.people", 1_000_000);
        int questions = Integer.getInteger("bench.questions", 100_000);
        boolean reuse = Boolean.getBoolean("bench.reuse");
        Path data = Path.of(System.getProperty("bench.data", "target/bench-postgres"));
        Path report = Path.of(System.getProperty("bench.report", "target/consent-coverage.txt"));
        boolean loaded = reuse && Files.exists(data.resolve("cradle-bench-loaded"));

        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(!loaded)
                .setServerConfig("shared_buffers", "1GB")
                .setServerConfig("max_wal_size", "8GB")
                .setServerConfig("checkpoint_timeout", "30min")
                .setServerConfig("synchronous_commit", "off")
                .setPGStartupWait(Duration.ofMinutes(2))
                .start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            StringBuilder out = new StringBuilder();
            if (!loaded) {
                Flyway.configure()
                        .dataSource(dataSource)
                        .locations("classpath:db/migration")
                        .load()
                        .migrate();
                long start = System.nanoTime();
                try (Connection connection = dataSource.getConnection()) {
                    Population.load(connection, people, new Population.Shape(FIRST_DAY, null));
                }
                Files.writeString(data.resolve("cradle-bench-loaded"), String.valueOf(people));
                line(
                        out,
                        "loaded %,d people, %,d consents, %,d consent versions in %.0f s",
                        people,
                        2L * people,
                        5L * people,
                        (System.nanoTime() - start) / 1e9);
            }
            try (Connection connection = dataSource.getConnection()) {
                line(
                        out,
                        "rows: consent_version %,d, consent %,d, person %,d, episode %,d",
                        count(connection, "consent_version"),
                        count(connection, "consent"),
                        count(connection, "person"),
                        count(connection, "episode"));
                SplittableRandom random = new SplittableRandom(20261121);
                int warmup = Math.min(20_000, questions);
                measure(connection, random, people, warmup);
                long[] nanos = measure(connection, random, people, questions);
                summarise(out, nanos);
                out.append("\nplan of one question:\n").append(plan(connection, people));
            }
            System.out.print(out);
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, out.toString());
        }
    }

    /** Runs {@code count} random questions one after another; the time of each, in nanoseconds. */
    private static long[] measure(Connection connection, SplittableRandom random, int people, int count)
            throws SQLException {
        long[] nanos = new long[count];
        int covered = 0;
        for (int i = 0; i < count; i++) {
            CoverageQuestion question = question(random, people);
            long start = System.nanoTime();
            List<ConsentInForce> inForce = ConsentsInForceQuery.run(connection, question.subject(), question.on());
            CoverageAnswer answer = ConsentCoverage.answer(question, inForce);
            nanos[i] = System.nanoTime() - start;
            if (answer.coverage() == org.cradle.domain.consent.Coverage.COVERED) {
                covered++;
            }
        }
        if (count > 0 && covered == 0) {
            throw new IllegalStateException("no question was covered: the data or the query is wrong");
        }
        return nanos;
    }

    private static CoverageQuestion question(SplittableRandom random, int people) {
        int person = 1 + random.nextInt(people);
        LocalDate day = FIRST_DAY.plusDays(random.nextInt(1050));
        Purpose purpose = random.nextBoolean() ? Purpose.DIRECT_SUPPORT : Purpose.SAFEGUARDING_REFERRAL;
        Party recipient = Party.organisation(new OrganisationId("org-" + random.nextInt(50)), null, null);
        EnumSet<InformationCategory> categories = EnumSet.of(InformationCategory.BASIC_DETAILS);
        if (random.nextBoolean()) {
            categories.add(InformationCategory.MENTAL_HEALTH);
        }
        if (random.nextInt(4) == 0) {
            categories.add(InformationCategory.DEVELOPMENT_AND_HEALTH);
        }
        return new CoverageQuestion(personId(person), purpose, recipient, categories, day);
    }

    static PersonId personId(int i) {
        return new PersonId(Population.person(i));
    }

    private static void summarise(StringBuilder out, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double total = Arrays.stream(nanos).sum() / 1e9;
        line(
                out,
                "%,d questions, one at a time on one connection: %.0f questions/s",
                nanos.length,
                nanos.length / total);
        line(
                out,
                "latency (query + answer): p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms",
                percentile(sorted, 50),
                percentile(sorted, 90),
                percentile(sorted, 99),
                percentile(sorted, 99.9),
                sorted[sorted.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static String plan(Connection connection, int people) throws SQLException {
        String sql = "explain (analyze, buffers) " + ConsentsInForceQuery.SQL;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, personId(people / 3).value());
            java.sql.Date day = java.sql.Date.valueOf(LocalDate.of(2025, 6, 1));
            statement.setDate(2, day);
            statement.setDate(3, day);
            statement.setDate(4, day);
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void line(StringBuilder out, String format, Object... values) {
        out.append(String.format(Locale.ROOT, format, values)).append('\n');
    }

    private ConsentCoverageBenchmark() {}
}
