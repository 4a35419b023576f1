package org.careloop.referrals.referral;

import org.careloop.referrals.directory.Capacity;
import org.careloop.referrals.directory.ServiceStatus;

/**
 * A service at capacity (no capacity, a waitlist) or temporarily closed, referred to without accepting its waiting
 * list: the worker confirms that the patient may wait (409).
 */
public class ServiceAtCapacityException extends RuntimeException {

    private final Capacity capacity;
    private final ServiceStatus serviceStatus;

    ServiceAtCapacityException(Capacity capacity, ServiceStatus serviceStatus) {
        super("This service is " + serviceStatus + " with " + capacity
                + ": a referral is taken only on its waiting list (waitingListAccepted).");
        this.capacity = capacity;
        this.serviceStatus = serviceStatus;
    }

    public Capacity capacity() {
        return capacity;
    }

    public ServiceStatus serviceStatus() {
        return serviceStatus;
    }
}
