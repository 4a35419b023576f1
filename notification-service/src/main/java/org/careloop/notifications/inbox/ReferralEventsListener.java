package org.careloop.notifications.inbox;

import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.careloop.events.Topics;
import org.careloop.events.referrals.v1.ReferralRequested;
import org.careloop.events.referrals.v1.ReferralStatusChanged;
import org.careloop.notifications.cases.CaseView;
import org.careloop.notifications.cases.CaseViews;
import org.careloop.support.events.EventInbox;
import org.careloop.support.events.IncomingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Closes the loop for people: the receiving organization hears of a new referral at once, the social worker who
 * holds the case now of every answer, and the team's supervisors when a referral is rejected or fails.
 */
@Component
class ReferralEventsListener {

    private static final Logger log = LoggerFactory.getLogger(ReferralEventsListener.class);

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
                    // the answer is for whoever holds the case now (a reassignment hands the referrals over
                    // too); the requester only while this service has not yet seen the case
                    Optional<CaseView> holder = cases.find(changed.caseId())
                            .filter(view -> view.assignedWorkerSub() != null);
                    notifier.notify(NotificationDraft.toUser(
                            holder.map(CaseView::assignedWorker).orElse(changed.requestedBy()),
                            holder.map(CaseView::assignedWorkerSub).orElse(changed.requestedBySub()),
                            "REFERRAL_ANSWERED", title,
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
            default -> log.debug("Skipped referral event {} of type {}", event.id(), event.type());
        }
    }

    private static String link(String referralId) {
        return "/referrals/" + referralId;
    }
}
