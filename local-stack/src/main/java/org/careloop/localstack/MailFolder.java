package org.careloop.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.careloop.servers.SmtpServer;

/** Writes every mail the local SMTP server receives to a folder, one {@code .eml} file each, to read them. */
final class MailFolder implements AutoCloseable {

    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();

    private MailFolder() {
    }

    static MailFolder start(SmtpServer smtp, Path folder) throws IOException {
        Files.createDirectories(folder);
        MailFolder mails = new MailFolder();
        int[] written = { 0 };
        mails.writer.scheduleWithFixedDelay(() -> {
            MimeMessage[] received = smtp.receivedMessages();
            for (int i = written[0]; i < received.length; i++) {
                Path file = folder.resolve(String.format("%05d.eml", i + 1));
                try (OutputStream out = Files.newOutputStream(file)) {
                    received[i].writeTo(out);
                } catch (IOException | MessagingException e) {
                    LocalStack.say("Could not write mail " + file + ": " + e.getMessage());
                }
            }
            written[0] = received.length;
        }, 1, 1, TimeUnit.SECONDS);
        return mails;
    }

    @Override
    public void close() {
        writer.shutdownNow();
    }
}
