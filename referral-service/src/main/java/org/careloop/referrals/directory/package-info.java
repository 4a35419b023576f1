/**
 * The resource directory: the organizations and the services they offer, shaped after Open Referral HSDS. Everyone
 * reads it; admins change it, every change audited.
 */
package org.careloop.referrals.directory;
