package org.careloop.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

class SmtpServerTests {

    @Test
    void keepsEveryMailItReceives() throws Exception {
        try (SmtpServer smtp = SmtpServer.start(0)) {
            Properties settings = new Properties();
            settings.put("mail.smtp.host", "127.0.0.1");
            settings.put("mail.smtp.port", Integer.toString(smtp.port()));
            MimeMessage mail = new MimeMessage(Session.getInstance(settings));
            mail.setFrom(new InternetAddress("careloop@localhost"));
            mail.setRecipient(Message.RecipientType.TO, new InternetAddress("sam@localhost"));
            mail.setSubject("A referral was accepted");
            mail.setText("Sunrise Hospice accepted the referral.");

            Transport.send(mail);

            assertThat(smtp.receivedMessages()).singleElement()
                    .satisfies(received -> assertThat(received.getSubject()).isEqualTo("A referral was accepted"));
        }
    }
}
