package org.careloop.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * A real Kafka broker (KRaft, combined mode) in a child JVM on fixed ports: the local run's broker, and the one of
 * tests that take the broker away and bring it back (an in-JVM broker cannot come back on the same port). The child
 * runs {@code kafka.Kafka} from this JVM's own classpath, which the {@code kafka_2.13} dependency completes.
 */
public final class KafkaBrokerProcess implements AutoCloseable {

    private final int port;
    private int controllerPort;
    private final Path directory;
    private final boolean keepData;
    private OwnedProcess process;
    private boolean startedBefore;
    private int controllerAttempts;

    private KafkaBrokerProcess(int port, int controllerPort, Path directory, boolean keepData) {
        this.port = port;
        this.controllerPort = controllerPort;
        this.directory = directory;
        this.keepData = keepData;
    }

    /** A broker on fixed ports whose data stays in the folder across starts (the local run). */
    public static KafkaBrokerProcess persistent(int port, int controllerPort, Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KafkaBrokerProcess(port, controllerPort, directory, true);
    }

    /** Picks free ports now, so that clients can be pointed at the broker before it first starts. */
    public static KafkaBrokerProcess onFreePorts() {
        try {
            return new KafkaBrokerProcess(FreePorts.freePort(), FreePorts.freePort(),
                    Files.createTempDirectory("careloop-kafka"), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /**
     * Starts the broker; returns when it accepts connections. The first start of a throw-away broker formats fresh
     * storage; a restart after {@link #kill()} or {@link #stop()} keeps what it held, as a real broker would.
     */
    public synchronized void start() {
        try {
            Path logs = directory.resolve("logs");
            boolean formatted = Files.exists(logs.resolve("meta.properties"));
            if (!keepData && !startedBefore) {
                FileTrees.deleteRecursively(logs);
                formatted = false;
            }
            Path config = directory.resolve("server.properties");
            // the log cleaner (compacted topics: __consumer_offsets, careloop.audit-anchors) takes its dedupe buffer at
            // start, 128 MB by default: half of this broker's heap, which ran out on a restart (R1); 16 MB is plenty
            Files.writeString(config, String.join("\n",
                    "process.roles=broker,controller",
                    "node.id=1",
                    "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                    "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                    "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                    "controller.listener.names=CONTROLLER",
                    "inter.broker.listener.name=PLAINTEXT",
                    "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                    "log.dirs=" + logs,
                    "num.partitions=" + CareLoopTopics.PARTITIONS,
                    "offsets.topic.replication.factor=1",
                    "transaction.state.log.replication.factor=1",
                    "transaction.state.log.min.isr=1",
                    "group.initial.rebalance.delay.ms=0",
                    "auto.create.topics.enable=true",
                    "log.cleaner.dedupe.buffer.size=" + 16 * 1024 * 1024,
                    ""));
            if (!formatted) {
                OwnedProcess format = run("kafka.tools.StorageTool", "format", "-t", clusterId(), "-c", config.toString());
                if (!format.waitFor(Duration.ofSeconds(60))) {
                    format.stop();
                }
            }
            process = run("kafka.Kafka", config.toString());
            try {
                Polling.until("Kafka broker on port " + port, Duration.ofSeconds(60), Duration.ofMillis(200), () -> {
                    if (!process.isAlive()) {
                        throw new BrokerExited("Kafka broker exited with " + process.exitValue()
                                + "; the end of its log:\n" + tail(directory.resolve("broker.log")));
                    }
                    return accepts(port);
                });
            } catch (BrokerExited e) {
                // the controller port was picked free long before; another socket may have taken it since
                if (startedBefore || keepData || controllerAttempts++ >= 2) {
                    throw e;
                }
                controllerPort = FreePorts.freePort();
                start();
                return;
            }
            startedBefore = true;
            createTopics();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** CareLoop's topics and their dead-letter topics, as on the shared broker. */
    private void createTopics() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            List<NewTopic> topics = new ArrayList<>();
            for (String topic : CareLoopTopics.names()) {
                topics.add(new NewTopic(topic, CareLoopTopics.PARTITIONS, (short) 1));
            }
            for (var result : admin.createTopics(topics).values().values()) {
                try {
                    result.get(60, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    // a producer that was waiting for the broker may have created it first (with the same settings)
                    if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                        throw e;
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not create the topics on the broker at " + bootstrapServers(), e);
        }
    }

    /** Stops the broker the hard way (SIGKILL), as a crash would. */
    public synchronized void kill() {
        if (process != null) {
            process.kill();
            process = null;
        }
    }

    /** Stops the broker cleanly (it can be started again with its data). */
    public synchronized void stop() {
        if (process != null) {
            process.stop();
            process = null;
        }
    }

    @Override
    public synchronized void close() {
        stop();
        if (!keepData) {
            FileTrees.deleteRecursively(directory);
        }
    }

    private OwnedProcess run(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return OwnedProcess.start(new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("broker.log").toFile())),
                Duration.ofSeconds(30));
    }

    /**
     * A new cluster id: 16 random bytes in URL-safe base64, as Kafka writes them, never starting with '-' (which the
     * storage tool's argument parser reads as an option: one start in 64 failed so).
     */
    static String clusterId() {
        while (true) {
            UUID id = UUID.randomUUID();
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(16);
            bytes.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
            String encoded = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
            if (!encoded.startsWith("-")) {
                return encoded;
            }
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The broker's process ended while it was awaited: worth one more try on another controller port. */
    private static final class BrokerExited extends IllegalStateException {
        BrokerExited(String message) {
            super(message);
        }
    }
}
