package org.careloop.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

import org.careloop.servers.ApiClient;
import org.careloop.servers.FileTrees;
import org.careloop.servers.FreePorts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ./careloop}: runs the whole of CareLoop on this machine until Ctrl-C. Options: {@code --fresh} starts from
 * empty data (and loads the demo data again).
 */
public final class LocalStack {

    private LocalStack() {
    }

    public static void main(String[] args) throws Exception {
        boolean fresh = Arrays.asList(args).contains("--fresh");
        Path root = Path.of(System.getProperty("careloop.root", ".")).toAbsolutePath().normalize();
        if (Runtime.version().feature() < 21) {
            fail("CareLoop needs Java 21 or newer; this is Java " + Runtime.version().feature() + ".");
        }
        CareLoopStack.Settings settings = CareLoopStack.Settings.local(root, fresh);
        for (int port : settings.fixedPorts()) {
            if (!FreePorts.isFree(port)) {
                fail("Port " + port + " is taken: stop what uses it (is CareLoop already running?), then try again.");
            }
        }
        if (fresh) {
            say("Removing the data of earlier runs (" + settings.dataDirectory() + ") ...");
            FileTrees.deleteRecursively(settings.dataDirectory());
        }
        Files.createDirectories(settings.dataDirectory());
        long started = System.nanoTime();
        CareLoopStack stack = CareLoopStack.start(settings, LocalStack::say);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            say("Stopping CareLoop ...");
            stack.close();
            say("Stopped.");
            stopped.countDown();
        }));
        Path mailFolder = settings.dataDirectory().resolve("mail");
        MailFolder mails = MailFolder.start(stack.smtp(), mailFolder);
        Path marker = settings.dataDirectory().resolve("demo-data-loaded");
        if (!Files.exists(marker)) {
            say("Loading the demo data ...");
            try {
                new DemoData(new ApiClient(stack.gateway().url()), stack.keycloak()).load(LocalStack::say);
            } catch (RuntimeException e) {
                // the started servers would keep this process alive: say why and stop them (the shutdown hook)
                console.error("The demo data could not be loaded: {}", e.getMessage());
                fail("CareLoop stops. The services' logs are in " + settings.dataDirectory().resolve("logs")
                        + "; start again with ./careloop --fresh.");
            }
            Files.writeString(marker, "loaded\n");
        }
        say("");
        say("CareLoop is ready in " + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s.");
        say("  Dashboard and API:  http://localhost:" + settings.gatewayPort() + "   (API docs: /swagger-ui.html)");
        say("  Keycloak:           http://localhost:" + settings.keycloakPort() + "   (admin / admin)");
        say("  Demo users (password demo): sam, sara (social workers), sue (supervisor), hana (Sunrise Hospice),");
        say("                              carl (Riverside Community Aid), adam (admin), paula (auditor)");
        say("  Mails sent:         " + mailFolder + " (one .eml file per mail)");
        say("  Logs:               " + settings.dataDirectory().resolve("logs"));
        say("Press Ctrl-C to stop.");
        stopped.await();
        mails.close();
    }

    private static final Logger console = LoggerFactory.getLogger("careloop");

    static void say(String line) {
        console.info(line);
    }

    private static void fail(String message) {
        console.error(message);
        System.exit(2);
    }
}
