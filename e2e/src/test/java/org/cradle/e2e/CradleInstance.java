package org.cradle.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One running Cradle in the prod profile: either the packaged jar, or the container image built by Jib,
 * run from its own root file system (no Docker engine here: the image's layers are unpacked and run in
 * a mount and PID namespace, chrooted, as the image's user, with the image's entrypoint and environment).
 */
final class CradleInstance implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STARTED_IN = Pattern.compile("started in ([0-9.]+)s");

    final String name;
    final String baseUri;
    final String managementUri;
    final Duration readyAfter;
    private final ManagedProcess process;

    private CradleInstance(String name, int port, int managementPort, ManagedProcess process, Duration readyAfter) {
        this.name = name;
        this.baseUri = "http://localhost:" + port;
        this.managementUri = "http://localhost:" + managementPort;
        this.process = process;
        this.readyAfter = readyAfter;
    }

    /** The settings an operator gives Cradle in production, and nothing else. */
    static Map<String, String> productionSettings(PostgresServer postgres, KeycloakServer keycloak) {
        Map<String, String> settings = new HashMap<>();
        settings.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl());
        settings.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
        settings.put("QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD);
        settings.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.issuer(KeycloakServer.REALM));
        settings.put("QUARKUS_OIDC_TOKEN_AUDIENCE", "cradle-api");
        return settings;
    }

    static CradleInstance fromJar(String name, Path jar, Map<String, String> settings, Path work)
            throws IOException, InterruptedException {
        return start(name, List.of(javaExecutable(), "-jar", jar.toString()), settings, work, work);
    }

    /** Runs {@code jar} and expects it to refuse to start; gives its output. */
    static String refusedStart(Path jar, Map<String, String> settings, Path log)
            throws IOException, InterruptedException {
        Map<String, String> environment = new HashMap<>(settings);
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(Ports.free()));
        environment.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(Ports.free()));
        ManagedProcess process = ManagedProcess.start(
                "refused Cradle", List.of(javaExecutable(), "-jar", jar.toString()), environment, log.getParent(), log);
        int exit = process.awaitExit(Duration.ofSeconds(60));
        if (exit == 0) {
            throw new AssertionError("Cradle exited normally where it should have refused to start");
        }
        return process.output();
    }

    /**
     * Whether this machine can run the image without a container engine: it takes root, and a kernel
     * and sandbox that allow new mount and PID namespaces. Tried, not guessed.
     */
    static boolean canRunImage() {
        try {
            Process probe = new ProcessBuilder("unshare", "--mount", "--pid", "--fork", "true")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return probe.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static CradleInstance fromImage(String name, Path imageTar, Map<String, String> settings, Path work)
            throws IOException, InterruptedException {
        Path unpacked = work.resolve("image");
        Path rootfs = work.resolve("rootfs");
        Files.createDirectories(unpacked);
        Files.createDirectories(rootfs);
        run(List.of("tar", "-xf", imageTar.toString(), "-C", unpacked.toString()));
        JsonNode manifest =
                JSON.readTree(unpacked.resolve("manifest.json").toFile()).get(0);
        for (JsonNode layer : manifest.get("Layers")) {
            run(List.of("tar", "-xf", unpacked.resolve(layer.asText()).toString(), "-C", rootfs.toString()));
        }
        JsonNode config = JSON.readTree(
                        unpacked.resolve(manifest.get("Config").asText()).toFile())
                .get("config");
        Files.createDirectories(rootfs.resolve("proc"));
        Files.createDirectories(rootfs.resolve("dev"));

        // A container runtime gives the process /proc and /dev (the JVM seeds its random numbers from
        // /dev/urandom); the outer namespace binds the host's /dev, the inner one mounts /proc.
        List<String> command = new ArrayList<>(List.of(
                "unshare",
                "--mount",
                "--pid",
                "--fork",
                "sh",
                "-c",
                "mount --rbind /dev \"$1/dev\" && root=$1 wd=$2 user=$3 && shift 3 && exec unshare --mount-proc"
                        + " --root=\"$root\" --wd=\"$wd\" --setuid=\"$user\" --setgid=0 \"$@\"",
                "run-image",
                rootfs.toString(),
                config.get("WorkingDir").asText(),
                config.get("User").asText()));
        config.get("Entrypoint").forEach(part -> command.add(part.asText()));
        Map<String, String> environment = new HashMap<>();
        config.get("Env").forEach(variable -> {
            String[] pair = variable.asText().split("=", 2);
            environment.put(pair[0], pair[1]);
        });
        // As a container runtime does; without it the JVM looks its host name up in a DNS it cannot reach.
        environment.put("HOSTNAME", name);
        environment.putAll(settings);
        return start(name, command, environment, work, work);
    }

    private static CradleInstance start(
            String name, List<String> command, Map<String, String> settings, Path directory, Path work)
            throws IOException, InterruptedException {
        int port = Ports.free();
        int managementPort = Ports.free();
        Map<String, String> environment = new HashMap<>(settings);
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        environment.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        ManagedProcess process =
                ManagedProcess.start(name, command, environment, directory, work.resolve(name + ".log"));
        try {
            Duration ready =
                    process.awaitOk("http://localhost:" + managementPort + "/q/health/ready", Duration.ofMinutes(2));
            return new CradleInstance(name, port, managementPort, process, ready);
        } catch (RuntimeException | InterruptedException e) {
            process.close();
            throw e;
        }
    }

    /** What Quarkus reported as its own start time, in seconds. */
    double reportedStartSeconds() throws IOException {
        Matcher matcher = STARTED_IN.matcher(process.output());
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : Double.NaN;
    }

    /** The instance's log, one JSON object per line. */
    List<JsonNode> logLines() throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(process.log())) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    String rawLog() throws IOException {
        return process.output();
    }

    /** Kills the instance mid-work, with no chance to finish or clean up. */
    void kill() throws InterruptedException {
        process.kill();
    }

    @Override
    public void close() {
        process.close();
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with " + process.exitValue());
        }
    }
}
