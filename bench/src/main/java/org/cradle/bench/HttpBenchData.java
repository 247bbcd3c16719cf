package org.cradle.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The data of the HTTP benchmark ({@code bench/http/run.sh}), two sizes. Each writes the ids the wrk
 * scripts pick from, one per line and in step: {@code families.txt}, {@code mothers.txt},
 * {@code infants.txt}.
 *
 * <ul>
 *   <li>{@code seed-small}: families made through the running service's own API, as a practitioner
 *       would: the family, a mother (adult, parental responsibility) and an infant, an episode for the
 *       practitioner's organisation and, unless {@code consents=false}, the mother's consent.
 *   <li>{@code generate-large}: {@link Population} straight into the service's database (migrated by
 *       the service), every episode for one organisation, so that its practitioners may read it; or,
 *       with {@code organisations=a,b,…}, the families spread over those organisations (custodian,
 *       episode, consents), {@code referred-percent} of them also referred to a second one, and the
 *       ids written only of the families {@code reader} works with (custodian or referral).
 * </ul>
 *
 * Arguments are {@code key=value}; see {@link #main}.
 */
public final class HttpBenchData {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private HttpBenchData() {}

    /**
     * {@code seed-small api=http://127.0.0.1:8086/api/v1 token-url=… client=cradle-tests user=practitioner
     * password=… families=1000 threads=8 out=DIR consents=true}
     *
     * <p>{@code generate-large jdbc=jdbc:postgresql://… db-user=… db-password=… people=1000000
     * organisation=north-council out=DIR}
     *
     * <p>{@code generate-large jdbc=… db-user=… db-password=… people=1000000
     * organisations=north-council,south-council,org-03,… referred-percent=10 reader=north-council out=DIR}
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("seed-small or generate-large, then key=value arguments");
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        switch (args[0]) {
            case "seed-small" -> seedSmall(options);
            case "generate-large" -> generateLarge(options);
            case "generate-history" -> generateHistory(options);
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    // --- small: through the API ------------------------------------------------------------------

    private static void seedSmall(Map<String, String> options) throws Exception {
        String api = required(options, "api");
        int families = Integer.parseInt(options.getOrDefault("families", "1000"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "8"));
        boolean consents = Boolean.parseBoolean(options.getOrDefault("consents", "true"));
        Path out = Path.of(required(options, "out"));
        Tokens tokens = new Tokens(
                required(options, "token-url"),
                options.getOrDefault("client", "cradle-tests"),
                options.getOrDefault("user", "practitioner"),
                required(options, "password"));
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        Seeder seeder = new Seeder(http, api, tokens, consents);

        long start = System.nanoTime();
        String[][] ids = new String[families][];
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < families; i++) {
                int index = i;
                work.add(pool.submit(() -> {
                    ids[index] = seeder.family(index);
                    int n = done.incrementAndGet();
                    if (n % 200 == 0 || n == families) {
                        System.out.printf(Locale.ROOT, "  seeded %,d of %,d families%n", n, families);
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        write(out, ids);
        System.out.printf(
                Locale.ROOT,
                "seeded %,d families (%,d requests, %d threads) in %.1f s%n",
                families,
                seeder.requests.get(),
                threads,
                (System.nanoTime() - start) / 1e9);
    }

    /** One family's requests, as a practitioner makes them. */
    private static final class Seeder {
        private final HttpClient http;
        private final String api;
        private final Tokens tokens;
        private final boolean consents;
        private final String run = Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        private final Set<String> nhsNumbers = new HashSet<>();
        final AtomicInteger requests = new AtomicInteger();

        Seeder(HttpClient http, String api, Tokens tokens, boolean consents) {
            this.http = http;
            this.api = api;
            this.tokens = tokens;
            this.consents = consents;
        }

        String[] family(int i) throws IOException, InterruptedException {
            LocalDate today = LocalDate.now();
            String family = lastSegment(post(
                    "/families",
                    String.format(
                            Locale.ROOT,
                            "{\"name\":\"Bench %s household %d\",\"recordKeepingMode\":\"INFANT\"}",
                            run,
                            i),
                    201));
            String mother =
                    member(family, "Mother" + i, today.minusYears(20 + i % 20).minusDays(i % 365), "MOTHER", true);
            String infant = member(family, "Infant" + i, today.minusDays(1 + i % 300), "CHILD", false);
            post(
                    "/families/" + family + "/episodes",
                    String.format(
                            Locale.ROOT,
                            "{\"serviceType\":\"HEALTH_VISITING\",\"leadPractitioner\":\"practitioner\",\"openedOn\":\"%s\"}",
                            today.minusDays(30)),
                    201);
            if (consents) {
                post(
                        "/families/" + family + "/consents",
                        String.format(
                                Locale.ROOT,
                                "{\"subjectId\":\"%s\",\"grantorId\":\"%s\",\"decision\":\"GIVEN\","
                                        + "\"purposes\":[\"DIRECT_SUPPORT\"],"
                                        + "\"recipients\":[{\"kind\":\"TEAM_AROUND_THE_FAMILY\"}],"
                                        + "\"categories\":[\"BASIC_DETAILS\",\"DEVELOPMENT_AND_HEALTH\"],"
                                        + "\"notesKeptIn\":\"INFANT_RECORD\",\"method\":\"EXPLICIT_WRITTEN\","
                                        + "\"effectiveFrom\":\"%s\",\"reviewBy\":\"%s\"}",
                                mother,
                                mother,
                                today.minusDays(2),
                                today.plusMonths(6)),
                        201);
            }
            return new String[] {family, mother, infant};
        }

        private String member(String family, String given, LocalDate born, String role, boolean parent)
                throws IOException, InterruptedException {
            // A duplicate NHS number (from an earlier run on the same database) is 409: try another.
            for (int attempt = 0; ; attempt++) {
                String body = String.format(
                        Locale.ROOT,
                        "{\"person\":{\"givenName\":\"%s\",\"familyName\":\"Bench%s\",\"dateOfBirth\":\"%s\","
                                + "\"nhsNumber\":\"%s\"},\"role\":\"%s\",\"livesWithChild\":true,"
                                + "\"parentalResponsibility\":%s}",
                        given,
                        run,
                        born,
                        nhsNumber(),
                        role,
                        parent);
                HttpResponse<String> response = send("POST", "/families/" + family + "/members", body);
                if (response.statusCode() == 409 && attempt < 5) {
                    continue;
                }
                expect(response, 201, "POST /families/{id}/members");
                return lastSegment(response);
            }
        }

        /** A valid NHS number: modulus-11 check digit, first digit not 0, not one digit repeated. */
        private String nhsNumber() {
            while (true) {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                StringBuilder number = new StringBuilder();
                int sum = 0;
                for (int i = 0; i < 9; i++) {
                    int digit = i == 0 ? 1 + random.nextInt(9) : random.nextInt(10);
                    sum += digit * (10 - i);
                    number.append(digit);
                }
                int check = (11 - sum % 11) % 11;
                if (check == 10) {
                    continue;
                }
                String nhs = number.append(check).toString();
                if (nhs.chars().distinct().count() == 1) {
                    continue;
                }
                synchronized (nhsNumbers) {
                    if (nhsNumbers.add(nhs)) {
                        return nhs;
                    }
                }
            }
        }

        private HttpResponse<String> post(String path, String body, int expected)
                throws IOException, InterruptedException {
            HttpResponse<String> response = send("POST", path, body);
            expect(response, expected, "POST " + path.replaceAll("[0-9a-f-]{36}", "{id}"));
            return response;
        }

        private HttpResponse<String> send(String method, String path, String body)
                throws IOException, InterruptedException {
            requests.incrementAndGet();
            HttpRequest request = HttpRequest.newBuilder(URI.create(api + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + tokens.get())
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }

        private static void expect(HttpResponse<String> response, int expected, String what) {
            if (response.statusCode() != expected) {
                throw new IllegalStateException(
                        what + ": expected " + expected + ", got " + response.statusCode() + ": " + response.body());
            }
        }

        private static String lastSegment(HttpResponse<String> response) {
            String location = response.headers()
                    .firstValue("Location")
                    .orElseThrow(() -> new IllegalStateException("no Location in " + response.uri()));
            return location.substring(location.lastIndexOf('/') + 1);
        }
    }

    /** Access tokens by the password grant, fetched again when 4 minutes old (they live 5). */
    private static final class Tokens {
        private final HttpClient http = HttpClient.newHttpClient();
        private final String url;
        private final String form;
        private String token;
        private long fetchedAt;

        Tokens(String url, String client, String user, String password) {
            this.url = url;
            this.form = "grant_type=password&client_id=" + encode(client) + "&username=" + encode(user) + "&password="
                    + encode(password);
        }

        synchronized String get() {
            if (token == null
                    || System.nanoTime() - fetchedAt > Duration.ofMinutes(4).toNanos()) {
                try {
                    HttpResponse<String> response = http.send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(form))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    Matcher matcher = ACCESS_TOKEN.matcher(response.body());
                    if (response.statusCode() != 200 || !matcher.find()) {
                        throw new IllegalStateException(
                                "token request: " + response.statusCode() + " " + response.body());
                    }
                    token = matcher.group(1);
                    fetchedAt = System.nanoTime();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            return token;
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }

    // --- large: generated in SQL -----------------------------------------------------------------

    private static void generateLarge(Map<String, String> options) throws Exception {
        int people = Integer.parseInt(options.getOrDefault("people", "1000000"));
        if (people < 2 || people % 2 != 0) {
            throw new IllegalArgumentException("people must be even (a mother and a child per family): " + people);
        }
        String organisation = options.getOrDefault("organisation", "north-council");
        Path out = Path.of(required(options, "out"));
        // Dates such that about half of the first consents' latest versions are in force today.
        LocalDate firstDay = LocalDate.now().minusDays(500);
        String spread = options.getOrDefault("organisations", "");
        Population.Shape shape = spread.isBlank()
                ? new Population.Shape(firstDay, organisation)
                : Population.Shape.across(
                        firstDay,
                        List.of(spread.split(",")),
                        Integer.parseInt(options.getOrDefault("referred-percent", "0")));
        String reader = spread.isBlank() ? organisation : required(options, "reader");
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(
                required(options, "jdbc"), required(options, "db-user"), required(options, "db-password"))) {
            if (count(connection, "select count(*) from information_schema.tables where table_name = 'consent_version'")
                    == 0) {
                throw new IllegalStateException("the service's schema is not there: start the service first");
            }
            if (count(connection, "select count(*) from person where id = '" + Population.person(1) + "'") > 0) {
                throw new IllegalStateException(
                        "the database already holds generated people (an earlier run, perhaps interrupted):"
                                + " start from an empty database");
            }
            long before = count(connection, "select count(*) from person");
            Population.load(connection, people, shape);
            System.out.printf(
                    Locale.ROOT,
                    "generated %,d people, %,d families, %,d consents, %,d consent versions in %.0f s"
                            + " (people before: %,d, now: %,d)%n",
                    people,
                    people / 2,
                    2L * people,
                    5L * people,
                    (System.nanoTime() - start) / 1e9,
                    before,
                    count(connection, "select count(*) from person"));
            // The reader's families: all of them for one organisation, else those it holds or was referred.
            List<String[]> ids = new ArrayList<>();
            long referred = 0;
            for (int f = 1; f <= people / 2; f++) {
                if (shape.organisations().isEmpty()
                        || reader.equals(shape.custodianOf(f))
                        || reader.equals(shape.referredTo(f))) {
                    ids.add(new String[] {
                        Population.family(f).toString(),
                        Population.person(2L * f - 1).toString(),
                        Population.person(2L * f).toString()
                    });
                    if (!shape.organisations().isEmpty() && reader.equals(shape.referredTo(f))) {
                        referred++;
                    }
                }
            }
            if (!shape.organisations().isEmpty()) {
                System.out.printf(
                        Locale.ROOT,
                        "%s works with %,d families (%,d of them referred to it)%n",
                        reader,
                        ids.size(),
                        referred);
            }
            if (Population.involvementsTable(connection)) {
                // The rows in the database say the same as the rule the ids were chosen by.
                long rows = count(
                        connection,
                        "select count(distinct family_id) from family_involvement where organisation = '"
                                + reader.replace("'", "''") + "'");
                long involvements = count(connection, "select count(*) from family_involvement");
                System.out.printf(
                        Locale.ROOT, "family_involvement: %,d rows, %,d families for %s%n", involvements, rows, reader);
                if (rows < ids.size()) {
                    throw new IllegalStateException("family_involvement has " + rows + " families for " + reader
                            + ", the generator's rule " + ids.size());
                }
            } else {
                System.out.println("no family_involvement table (a schema from before need-to-know): no involvements");
            }
            write(out, ids.toArray(String[][]::new));
        }
    }

    // --- history: long consent histories and a long audit trail, generated in SQL ------------------

    /**
     * {@code generate-history jdbc=… db-user=… db-password=… families=2500 events-per-person=2000
     * organisation=north-council out=DIR}: {@link Population} for {@code families} families (a mother and
     * an infant each, held by the organisation), then {@link History}: the infants' consents up to 20–50
     * each, and the audit trail. Writes the ids and {@code infant-consents.tsv} (for the peer's seeding).
     */
    private static void generateHistory(Map<String, String> options) throws Exception {
        int families = Integer.parseInt(options.getOrDefault("families", "2500"));
        int eventsPerPerson = Integer.parseInt(options.getOrDefault("events-per-person", "2000"));
        String organisation = options.getOrDefault("organisation", "north-council");
        Path out = Path.of(required(options, "out"));
        LocalDate firstDay = LocalDate.now().minusDays(500);
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(
                required(options, "jdbc"), required(options, "db-user"), required(options, "db-password"))) {
            if (count(connection, "select count(*) from information_schema.tables where table_name = 'consent_version'")
                    == 0) {
                throw new IllegalStateException("the service's schema is not there: start the service first");
            }
            if (count(connection, "select count(*) from person where id = '" + Population.person(1) + "'") > 0) {
                throw new IllegalStateException("the database already holds generated people: start from an empty one");
            }
            long eventsBefore = count(connection, "select count(*) from audit_event");
            Population.load(connection, 2 * families, new Population.Shape(firstDay, organisation));
            System.out.printf(
                    Locale.ROOT, "families, people, episodes, custodians: %.0f s%n", (System.nanoTime() - start) / 1e9);
            long[] added = History.loadConsents(connection, families, firstDay, organisation);
            System.out.printf(
                    Locale.ROOT,
                    "infants' consents: %,d more consents, %,d more versions (%.0f s)%n",
                    added[0],
                    added[1],
                    (System.nanoTime() - start) / 1e9);
            long events = History.loadAuditEvents(connection, 2L * families, eventsPerPerson, organisation);
            System.out.printf(
                    Locale.ROOT,
                    "generated %,d families, %,d people; consents %,d (versions %,d); audit events %,d added to %,d"
                            + " in %.0f s%n",
                    families,
                    2L * families,
                    count(connection, "select count(*) from consent"),
                    count(connection, "select count(*) from consent_version"),
                    events,
                    eventsBefore,
                    (System.nanoTime() - start) / 1e9);
            List<String[]> ids = new ArrayList<>();
            for (int f = 1; f <= families; f++) {
                ids.add(new String[] {
                    Population.family(f).toString(),
                    Population.person(2L * f - 1).toString(),
                    Population.person(2L * f).toString()
                });
            }
            write(out, ids.toArray(String[][]::new));
            History.writeConsentPlan(connection, out);
            // What the data is, counted from the rows, for the report.
            try (Statement sql = connection.createStatement();
                    ResultSet row = sql.executeQuery("select (select min(n) || '–' || max(n) from (select count(*) n"
                            + " from consent c join family_member m on m.person_id = c.subject_id and m.role = 'CHILD'"
                            + " group by c.subject_id) x), (select string_agg(current_status || ' ' || n, ', ') from"
                            + " (select current_status, count(*) n from consent group by 1 order by 1) y),"
                            + " (select min(n) || '–' || max(n) from (select count(*) n from audit_event where"
                            + " person_id is not null group by person_id) z), (select count(*) from audit_event)")) {
                row.next();
                String summary = String.format(
                        Locale.ROOT,
                        "families=%d people=%d infant-consents=%s consents-by-status=%s events-per-person=%s"
                                + " audit-events=%d",
                        families,
                        2 * families,
                        row.getString(1),
                        row.getString(2),
                        row.getString(3),
                        row.getLong(4));
                Files.writeString(out.resolve("summary.txt"), summary + "\n");
                System.out.println(summary);
            }
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    // --- shared ------------------------------------------------------------------------------------

    private static void write(Path out, String[][] ids) throws IOException {
        Files.createDirectories(out);
        String[] names = {"families.txt", "mothers.txt", "infants.txt"};
        for (int column = 0; column < names.length; column++) {
            StringBuilder text = new StringBuilder(ids.length * 37);
            for (String[] row : ids) {
                text.append(row[column]).append('\n');
            }
            Files.writeString(out.resolve(names[column]), text);
        }
    }

    private static String required(Map<String, String> options, String key) {
        String value = options.get(key);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("missing " + key + "=…");
        }
        return value;
    }
}
