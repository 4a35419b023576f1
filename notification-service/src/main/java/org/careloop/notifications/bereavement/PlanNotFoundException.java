package org.careloop.notifications.bereavement;

import java.util.UUID;

/** No such plan or follow-up, or none the person may see. */
public class PlanNotFoundException extends RuntimeException {

    public PlanNotFoundException(UUID id) {
        super("No bereavement plan or follow-up " + id);
    }
}
