package org.cradle.adapters.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real S3 API (S3Proxy over a local directory) for tests, in a JVM of its own: on the tests' class
 * path its Jetty and jclouds would clash with the application's. The jar is the one Maven copies to
 * {@code target/s3proxy/s3proxy.jar} (see this module's pom), or wherever {@code -Ds3proxy.jar} says.
 */
public final class S3ProxyServer {

    private static final String IDENTITY = "cradle-test";
    private static final String CREDENTIAL = "cradle-test-secret";
    private static final Duration STARTUP = Duration.ofSeconds(60);

    /** Which jclouds store S3Proxy keeps the objects in; -Ds3proxy.provider may pick another to compare. */
    private static final String PROVIDER = System.getProperty("s3proxy.provider", "filesystem");

    private final Process process;
    private final Path directory;
    private final URI endpoint;
    private final Thread stopOnExit;

    private S3ProxyServer(Process process, Path directory, URI endpoint) {
        this.process = process;
        this.directory = directory;
        this.endpoint = endpoint;
        // A test run killed before its @AfterAll would otherwise leave the JVM listening.
        this.stopOnExit = new Thread(process::destroyForcibly, "s3proxy-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /** Starts S3Proxy from the jar Maven copied, on a free port, and waits until it answers. */
    public static S3ProxyServer start() {
        return start(Path.of(System.getProperty("s3proxy.jar", "target/s3proxy/s3proxy.jar")));
    }

    public static S3ProxyServer start(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no S3Proxy jar at " + jar.toAbsolutePath()
                    + ": run the build's process-test-resources phase, or give -Ds3proxy.jar");
        }
        try {
            Path directory = Files.createTempDirectory("cradle-s3proxy");
            Path data = Files.createDirectory(directory.resolve("data"));
            int port = freePort();
            URI endpoint = URI.create("http://127.0.0.1:" + port);
            Path properties = directory.resolve("s3proxy.properties");
            writeProperties(properties, endpoint, data);
            Path log = directory.resolve("s3proxy.log");
            Process process = new ProcessBuilder(List.of(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx256m",
                            "-jar",
                            jar.toAbsolutePath().toString(),
                            "--properties",
                            properties.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            S3ProxyServer server = new S3ProxyServer(process, directory, endpoint);
            server.awaitListening(port, log);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start S3Proxy", e);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    /** The access key id S3Proxy accepts. */
    public String identity() {
        return IDENTITY;
    }

    /** The secret access key S3Proxy accepts. */
    public String credential() {
        return CREDENTIAL;
    }

    /** S3Proxy takes any region; the SDK needs one to sign with. */
    public String region() {
        return "us-east-1";
    }

    /** Stops the JVM and removes what it stored. */
    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to: it does what stop has done.
        }
        deleteRecursively(directory);
    }

    private static void writeProperties(Path file, URI endpoint, Path data) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("s3proxy.endpoint", endpoint.toString());
        properties.setProperty("s3proxy.authorization", "aws-v2-or-v4");
        properties.setProperty("s3proxy.identity", IDENTITY);
        properties.setProperty("s3proxy.credential", CREDENTIAL);
        properties.setProperty("jclouds.provider", PROVIDER);
        properties.setProperty("jclouds.identity", IDENTITY);
        properties.setProperty("jclouds.credential", CREDENTIAL);
        properties.setProperty("jclouds.filesystem.basedir", data.toString());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(out, "written by S3ProxyServer");
        }
    }

    private void awaitListening(int port, Path log) {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                stop();
                throw new IllegalStateException("S3Proxy exited with " + process.exitValue() + ":\n" + tail(log));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                sleep();
            }
        }
        String output = tail(log);
        stop();
        throw new IllegalStateException("S3Proxy did not listen on " + port + " within " + STARTUP + ":\n" + output);
    }

    private static int freePort() throws IOException {
        // Another process may take the port before S3Proxy does; unlikely enough for tests.
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for S3Proxy", e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary directory left behind is the only cost.
        }
    }
}
