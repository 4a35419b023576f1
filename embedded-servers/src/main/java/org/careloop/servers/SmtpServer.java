package org.careloop.servers;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** A real SMTP server (GreenMail) in this JVM, that keeps every mail it receives, to read them. */
public final class SmtpServer implements AutoCloseable {

    private final GreenMail server;

    private SmtpServer(GreenMail server) {
        this.server = server;
    }

    /** Starts it on the port (0: any free one) of 127.0.0.1; returns once it accepts connections. */
    public static SmtpServer start(int port) {
        GreenMail server = new GreenMail(new ServerSetup(port == 0 ? FreePorts.freePort() : port, "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        server.start();
        return new SmtpServer(server);
    }

    public int port() {
        return server.getSmtp().getPort();
    }

    /** Every mail received since the start, oldest first. */
    public MimeMessage[] receivedMessages() {
        return server.getReceivedMessages();
    }

    @Override
    public void close() {
        server.stop();
    }
}
