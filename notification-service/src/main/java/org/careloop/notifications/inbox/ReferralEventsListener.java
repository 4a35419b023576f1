package org.careloop.notifications.inbox;

import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.careloop.events.Topics;
import org.careloop.events.referrals.v1.AnswerOverdue;
import org.careloop.events.referrals.v1.MessagePosted;
import org.careloop.events.referrals.v1.ReferralRequested;
import org.careloop.events.referrals.v1.ReferralStatusChanged;
import org.careloop.notifications.cases.CaseView;
import org.careloop.notifications.cases.CaseViews;
import org.careloop.support.events.EventInbox;
import org.careloop.support.events.IncomingEvent;
import org.careloop.support.events.PoisonEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Closes the loop for people: the receiving organization hears of a new referral at once, the social worker who
 * holds the case now of every answer, and the team's supervisors when a referral is rejected or fails. A message on
 * a referral reaches the other end (never its text: only that there is one); a referral left unanswered past its
 * answer time reminds the organization and tells the team's supervisors.
 */
@Component
class ReferralEventsListener {

    private static final Logger log = LoggerFactory.getLogger(ReferralEventsListener.class);

    /** What a message tells the other end: never its text, nor who wrote it (the mail says only this too). */
    static final String MESSAGE_TITLE = "New message on a referral";
    static final String MESSAGE_BODY = "There is a new message on a referral in CareLoop.";

    private final Notifier notifier;
    private final EventInbox inbox;
    private final CaseViews cases;

    ReferralEventsListener(Notifier notifier, EventInbox inbox, CaseViews cases) {
        this.notifier = notifier;
        this.inbox = inbox;
        this.cases = cases;
    }

    @KafkaListener(topics = Topics.REFERRAL_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(record, this::apply);
    }

    private void apply(IncomingEvent event) {
        switch (event.type()) {
            case ReferralRequested.TYPE -> {
                ReferralRequested requested = event.data(ReferralRequested.class);
                notifier.notify(NotificationDraft.toOrganization(requested.organizationId(), "REFERRAL_REQUESTED",
                        "New " + requested.priority() + " referral: " + requested.category(),
                        "A social worker of team " + requested.team() + " asks your organization for "
                                + requested.category() + " support. Open the referral to answer it.",
                        link(requested.referralId().toString())));
            }
            case ReferralStatusChanged.TYPE -> {
                ReferralStatusChanged changed = event.data(ReferralStatusChanged.class);
                String link = link(changed.referralId().toString());
                String title = "Referral " + changed.status();
                if ("hospice-staff".equals(changed.changedByRole())) {
                    String outcome = changed.outcome() == null ? "" : " (outcome: " + changed.outcome() + ")";
                    notifier.notify(toWhoeverHoldsTheCase(changed.caseId(), changed.requestedBy(),
                            changed.requestedBySub(), "REFERRAL_ANSWERED", title,
                            "The receiving organization set a referral of your case to " + changed.status() + outcome + ".",
                            link));
                    if ("rejected".equals(changed.status()) || "failed".equals(changed.status())) {
                        notifier.notify(NotificationDraft.toSupervisorsOf(changed.team(), "REFERRAL_NOT_MET", title,
                                "A referral of your team was " + changed.status() + " by the receiving organization.",
                                link));
                    }
                } else {
                    notifier.notify(NotificationDraft.toOrganization(changed.organizationId(),
                            "REFERRAL_WITHDRAWN", title,
                            "The requester set a referral to your organization to " + changed.status() + ".", link));
                }
            }
            case MessagePosted.TYPE -> {
                MessagePosted posted = event.data(MessagePosted.class);
                String link = link(posted.referralId().toString());
                switch (String.valueOf(posted.postedBySide())) {
                    case "requester" -> notifier.notify(NotificationDraft.toOrganization(posted.organizationId(),
                            "REFERRAL_MESSAGE", MESSAGE_TITLE, MESSAGE_BODY, link));
                    case "receiver" -> notifier.notify(toWhoeverHoldsTheCase(posted.caseId(), posted.requestedBy(),
                            posted.requestedBySub(), "REFERRAL_MESSAGE", MESSAGE_TITLE, MESSAGE_BODY, link));
                    default -> throw new PoisonEventException(
                            "Event " + event.id() + " names no side of the referral that wrote");
                }
            }
            case AnswerOverdue.TYPE -> {
                AnswerOverdue overdue = event.data(AnswerOverdue.class);
                String link = link(overdue.referralId().toString());
                notifier.notify(NotificationDraft.toOrganization(overdue.organizationId(), "REFERRAL_OVERDUE",
                        "A referral awaits your answer",
                        "A referral to your organization (" + overdue.priority() + ", " + overdue.category()
                                + ") is still waiting for an answer past its answer time. Open it to answer.",
                        link));
                notifier.notify(NotificationDraft.toSupervisorsOf(overdue.team(), "REFERRAL_UNANSWERED",
                        "A referral of your team is unanswered",
                        "A referral of your team (" + overdue.priority() + ", " + overdue.category()
                                + ") has had no answer from the receiving organization within its answer time.",
                        link));
            }
            default -> log.debug("Skipped referral event {} of type {}", event.id(), event.type());
        }
    }

    /**
     * To whoever holds the case now (a reassignment hands the referrals over too); the requester only while this
     * service has not yet seen the case.
     */
    private NotificationDraft toWhoeverHoldsTheCase(UUID caseId, String requestedBy, String requestedBySub,
            String kind, String title, String body, String link) {
        Optional<CaseView> holder = cases.find(caseId).filter(view -> view.assignedWorkerSub() != null);
        return NotificationDraft.toUser(holder.map(CaseView::assignedWorker).orElse(requestedBy),
                holder.map(CaseView::assignedWorkerSub).orElse(requestedBySub), kind, title, body, link);
    }

    private static String link(String referralId) {
        return "/referrals/" + referralId;
    }
}
