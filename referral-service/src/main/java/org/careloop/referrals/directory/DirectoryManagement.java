package org.careloop.referrals.directory;

import java.util.UUID;

import org.careloop.support.audit.AuditedAccess;
import org.careloop.support.security.CareLoopUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Changes to the directory, by admins: every one is audited like health data (who, when, from where, allowed or
 * denied), since where a dying patient is referred depends on what the directory says.
 */
@Service
class DirectoryManagement {

    private static final Logger log = LoggerFactory.getLogger(DirectoryManagement.class);

    private final Directory directory;
    private final AuditedAccess audited;

    DirectoryManagement(Directory directory, AuditedAccess audited) {
        this.directory = directory;
        this.audited = audited;
    }

    Organization addOrganization(Organization organization, CareLoopUser admin) {
        return audited.run(admin, "DIRECTORY_ORGANIZATION_CREATE", organization.id(), access -> {
            access.granted(null);
            directory.save(organization);
            log.info("Added organization {} to the directory", organization.id());
            return organization;
        });
    }

    Organization updateOrganization(Organization organization, CareLoopUser admin) {
        return audited.run(admin, "DIRECTORY_ORGANIZATION_UPDATE", organization.id(), access -> {
            directory.organization(organization.id())
                    .orElseThrow(() -> new NotInDirectoryException("organization", organization.id()));
            access.granted(null);
            directory.save(organization);
            return organization;
        });
    }

    DirectoryService addService(DirectoryService service, CareLoopUser admin) {
        return audited.run(admin, "DIRECTORY_SERVICE_CREATE", service.id(), access -> {
            access.granted(null);
            directory.save(service);
            log.info("Added service {} to the directory", service.id());
            return directory.service(service.id()).orElseThrow();
        });
    }

    DirectoryService updateService(DirectoryService service, CareLoopUser admin) {
        UUID id = service.id();
        return audited.run(admin, "DIRECTORY_SERVICE_UPDATE", id, access -> {
            directory.service(id).orElseThrow(() -> new NotInDirectoryException("service", id));
            access.granted(null);
            directory.save(service);
            return directory.service(id).orElseThrow();
        });
    }
}
