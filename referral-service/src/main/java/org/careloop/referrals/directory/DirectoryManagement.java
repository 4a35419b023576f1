package org.careloop.referrals.directory;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.careloop.support.audit.AuditOutcome;
import org.careloop.support.audit.AuditTrail;
import org.careloop.support.problems.InvalidInputException;
import org.careloop.support.security.CareLoopUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The resource directory's one door: everyone reads it, admins change it. Every change is audited like health data
 * (who, when, from where, allowed or denied), since where a dying patient is referred depends on what the directory
 * says. A change has no case, so it is audited here rather than through {@code GuardedAccess}.
 */
@Service
public class DirectoryManagement {

    private static final Logger log = LoggerFactory.getLogger(DirectoryManagement.class);

    private final Directory directory;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DirectoryManagement(Directory directory, AuditTrail audit, TransactionTemplate transactions,
            ApplicationEventPublisher events, Clock clock) {
        this.directory = directory;
        this.audit = audit;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** One page of the services a search asks for, by name. */
    public ServicePage services(ServiceQuery query, int page, int size) {
        return directory.search(query, page, size);
    }

    public Optional<DirectoryService> service(UUID id) {
        return directory.service(id);
    }

    public List<Organization> organizations() {
        return directory.organizations();
    }

    public Optional<Organization> organization(UUID id) {
        return directory.organization(id);
    }

    public Organization addOrganization(Organization organization, CareLoopUser admin) {
        Organization added = audited(admin, "DIRECTORY_ORGANIZATION_CREATE", organization.id(), () -> {
            if (directory.organization(organization.id()).isPresent()) {
                throw new InvalidInputException("id", "is already an organization of the directory");
            }
            directory.save(organization);
            published(organization);
            return organization;
        });
        log.info("Added organization {} to the directory", organization.id());
        return added;
    }

    public Organization updateOrganization(Organization organization, CareLoopUser admin) {
        UUID id = organization.id();
        return audited(admin, "DIRECTORY_ORGANIZATION_UPDATE", id, () -> {
            directory.organization(id).orElseThrow(() -> new NotInDirectoryException("organization", id));
            directory.save(organization);
            published(organization);
            return organization;
        });
    }

    public DirectoryService addService(DirectoryService service, CareLoopUser admin) {
        DirectoryService added = audited(admin, "DIRECTORY_SERVICE_CREATE", service.id(), () -> {
            requireOrganization(service);
            if (directory.service(service.id()).isPresent()) {
                throw new InvalidInputException("id", "is already a service of the directory");
            }
            directory.save(service);
            return directory.service(service.id()).orElseThrow();
        });
        log.info("Added service {} to the directory", service.id());
        return added;
    }

    public DirectoryService updateService(DirectoryService service, CareLoopUser admin) {
        UUID id = service.id();
        return audited(admin, "DIRECTORY_SERVICE_UPDATE", id, () -> {
            requireOrganization(service);
            directory.service(id).orElseThrow(() -> new NotInDirectoryException("service", id));
            directory.save(service);
            return directory.service(id).orElseThrow();
        });
    }

    /** Other services learn of the change through the outbox, in the change's transaction. */
    private void published(Organization organization) {
        events.publishEvent(new OrganizationChanged(UUID.randomUUID(), organization.id(), organization.intakeEmail(),
                clock.instant()));
    }

    private void requireOrganization(DirectoryService service) {
        if (directory.organization(service.organization().id()).isEmpty()) {
            throw new InvalidInputException("organizationId", "is not an organization of the directory");
        }
    }

    /**
     * Runs a change in a transaction with exactly one audit record naming the changed record: committed with the
     * change, or on its own after a rollback. A record that does not exist is DENIED, as {@code GuardedAccess}
     * records a record it cannot find; any other refusal is ALLOWED, since the admin was let in.
     */
    private <T> T audited(CareLoopUser admin, String action, UUID id, Supplier<T> change) {
        try {
            return transactions.execute(status -> {
                T changed = change.get();
                audit.record(admin, action, null, id, AuditOutcome.ALLOWED);
                return changed;
            });
        } catch (NotInDirectoryException missing) {
            audit.record(admin, action, null, id, AuditOutcome.DENIED);
            throw missing;
        } catch (RuntimeException refused) {
            audit.record(admin, action, null, id, AuditOutcome.ALLOWED);
            throw refused;
        }
    }
}
