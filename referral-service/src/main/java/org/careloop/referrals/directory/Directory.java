package org.careloop.referrals.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.careloop.referrals.directory.DirectoryService.Contact;
import org.careloop.referrals.directory.DirectoryService.OrganizationSummary;
import org.careloop.support.web.Coded;
import org.careloop.support.web.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The resource directory's tables: organizations and their services. */
@Component
class Directory {

    private static final String SERVICE_COLUMNS = """
            s.id, s.organization_id, o.name as organization_name, s.name, s.description, s.category, s.eligibility,
            s.service_area, s.contact_email, s.contact_phone, s.fees, s.status, s.capacity
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    Directory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<DirectoryService> service(UUID id) {
        return jdbc.sql("select " + SERVICE_COLUMNS + """
                 from directory_service s join organization o on o.id = s.organization_id where s.id = :id""")
                .param("id", id).query(this::mapService).optional();
    }

    Optional<Organization> organization(UUID id) {
        return jdbc.sql("select * from organization where id = :id").param("id", id)
                .query(this::mapOrganization).optional();
    }

    /**
     * Services by category, of one organization, and by every word of {@code q} in name, description or
     * organization, only those active with capacity if asked; by name.
     */
    ServicePage search(ServiceQuery query, int page, int size) {
        Category category = query.category();
        String q = query.q();
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (query.organizationId() != null) {
            where.append(" and s.organization_id = :organization");
            params.put("organization", query.organizationId());
        }
        if (query.available()) {
            where.append(" and s.status = :active and s.capacity = :capacity");
            params.put("active", ServiceStatus.ACTIVE.code());
            params.put("capacity", Capacity.CAPACITY.code());
        }
        if (category != null) {
            where.append(" and s.category = :category");
            params.put("category", category.code());
        }
        if (q != null && !q.isBlank()) {
            int n = 0;
            for (String word : Text.searchForm(q).split(" ")) {
                where.append(" and s.search_text like :word").append(n).append(" escape '\\'");
                params.put("word" + n++, Text.containsPattern(word));
            }
        }
        String from = " from directory_service s join organization o on o.id = s.organization_id";
        long total = jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
        List<DirectoryService> items = jdbc.sql("select " + SERVICE_COLUMNS + from + where
                        + " order by s.name, s.id limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query(this::mapService).list();
        return new ServicePage(items, total);
    }

    List<Organization> organizations() {
        return jdbc.sql("select * from organization order by name, id").query(this::mapOrganization).list();
    }

    void save(Organization organization) {
        jdbc.sql("""
                insert into organization (id, name, description, intake_email, intake_phone, website, updated_at)
                values (:id, :name, :description, :email, :phone, :website, :at)
                on conflict (id) do update set name = excluded.name, description = excluded.description,
                    intake_email = excluded.intake_email, intake_phone = excluded.intake_phone,
                    website = excluded.website, updated_at = excluded.updated_at
                """)
                .param("id", organization.id())
                .param("name", organization.name())
                .param("description", organization.description())
                .param("email", organization.intakeEmail())
                .param("phone", organization.intakePhone())
                .param("website", organization.website())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        // the organization's name is part of what its services are found by
        jdbc.sql("select id from directory_service where organization_id = :id").param("id", organization.id())
                .query(UUID.class).list()
                .forEach(serviceId -> service(serviceId).ifPresent(this::save));
    }

    void save(DirectoryService service) {
        String organizationName = organization(service.organization().id()).map(Organization::name).orElseThrow();
        jdbc.sql("""
                insert into directory_service (id, organization_id, name, description, category, eligibility,
                    service_area, contact_email, contact_phone, fees, status, capacity, search_text, updated_at)
                values (:id, :organizationId, :name, :description, :category, :eligibility, :area, :email, :phone,
                    :fees, :status, :capacity, :search, :at)
                on conflict (id) do update set organization_id = excluded.organization_id, name = excluded.name,
                    description = excluded.description, category = excluded.category,
                    eligibility = excluded.eligibility, service_area = excluded.service_area,
                    contact_email = excluded.contact_email, contact_phone = excluded.contact_phone,
                    fees = excluded.fees, status = excluded.status, capacity = excluded.capacity,
                    search_text = excluded.search_text, updated_at = excluded.updated_at
                """)
                .param("id", service.id())
                .param("organizationId", service.organization().id())
                .param("name", service.name())
                .param("description", service.description())
                .param("category", service.category().code())
                .param("eligibility", service.eligibility())
                .param("area", service.serviceArea())
                .param("email", service.contact() == null ? null : service.contact().email())
                .param("phone", service.contact() == null ? null : service.contact().phone())
                .param("fees", service.fees())
                .param("status", service.status().code())
                .param("capacity", service.capacity().code())
                .param("search", Text.searchForm(service.name() + " "
                        + (service.description() == null ? "" : service.description()) + " " + organizationName))
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    private DirectoryService mapService(ResultSet rs, int row) throws SQLException {
        return new DirectoryService(rs.getObject("id", UUID.class),
                new OrganizationSummary(rs.getObject("organization_id", UUID.class), rs.getString("organization_name")),
                rs.getString("name"), rs.getString("description"), Coded.of(Category.class, rs.getString("category")),
                rs.getString("eligibility"), rs.getString("service_area"),
                new Contact(rs.getString("contact_email"), rs.getString("contact_phone")), rs.getString("fees"),
                Coded.of(ServiceStatus.class, rs.getString("status")),
                Coded.of(Capacity.class, rs.getString("capacity")));
    }

    private Organization mapOrganization(ResultSet rs, int row) throws SQLException {
        return new Organization(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
                rs.getString("intake_email"), rs.getString("intake_phone"), rs.getString("website"));
    }

}
