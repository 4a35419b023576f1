package org.careloop.referrals.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.careloop.referrals.ReferralServiceIntegrationTest;
import org.careloop.servers.ApiClient;
import org.careloop.testing.CareLoopTestInfrastructure;
import org.careloop.testing.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * B18: the demo directory is not production data. A database of its own (a context of its own), migrated as
 * production migrates it and without the tests' fixture: it starts with an empty directory, and the migration that
 * removes the demo rows from an older database keeps those a referral names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "careloop.test.database=without-the-demo-directory")
class DemoDirectoryMigrationIntegrationTests {

    static final UUID SUNRISE_HOSPICE = UUID.fromString(TestUser.SUNRISE_HOSPICE);
    static final UUID RIVERSIDE = UUID.fromString(TestUser.RIVERSIDE_COMMUNITY_AID);
    static final UUID HOME_HOSPICE = UUID.fromString("5e4c0000-0000-4000-8000-000000000101");
    static final UUID MUSIC_THERAPY = UUID.fromString("5e4c0000-0000-4000-8000-000000000104");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void aNewDatabaseStartsWithAnEmptyDirectoryAndTheDemoRowsOfAnOlderOneGoUnlessAReferralNamesThem() {
        ApiClient api = ApiClient.onPort(port);
        String sam = CareLoopTestInfrastructure.get().issuer().token(TestUser.SAM);

        ApiClient.Response organizations = api.get("/api/directory/organizations", sam);
        assertThat(organizations.status()).isEqualTo(200);
        assertThat(organizations.json().findValuesAsString("name")).as("organizations of a new database").isEmpty();
        assertThat(api.get("/api/directory/services", sam).json().get("total").asLong()).isZero();

        // a database migrated before: the demo directory, and a referral to Sunrise Hospice's home hospice care
        ReferralServiceIntegrationTest.loadTheDemoDirectory(dataSource);
        UUID referral = UUID.randomUUID();
        jdbc.sql("""
                insert into referral (id, case_id, service_id, organization_id, category, reason, priority, status,
                    requested_by, team, consent_from, consent_on, consent_recorded_by, created_at, updated_at, version)
                values (:id, :case, :service, :org, 'hospice', 'x', 'routine', 'requested', 'sam', 'palliative-north',
                    'the patient', current_date, 'sam', :at, :at, 0)
                """).param("id", referral).param("case", UUID.randomUUID()).param("service", HOME_HOSPICE)
                .param("org", SUNRISE_HOSPICE).param("at", Timestamp.from(Instant.now())).update();

        removeTheDemoDirectory();

        assertThat(ids("select id from organization")).containsExactly(SUNRISE_HOSPICE);
        assertThat(ids("select id from directory_service")).containsExactly(HOME_HOSPICE);
        assertThat(api.get("/api/directory/organizations/" + RIVERSIDE, sam).status()).isEqualTo(404);
        assertThat(api.get("/api/directory/services/" + MUSIC_THERAPY, sam).status()).isEqualTo(404);

        // without the referral, nothing of the demo is left
        jdbc.sql("delete from referral where id = :id").param("id", referral).update();
        removeTheDemoDirectory();
        assertThat(ids("select id from organization")).isEmpty();
        assertThat(ids("select id from directory_service")).isEmpty();
    }

    /** The migration itself, run again as an older database would run it. */
    private void removeTheDemoDirectory() {
        new ResourceDatabasePopulator(new ClassPathResource("db/migration/V8__remove_the_demo_directory.sql"))
                .execute(dataSource);
    }

    private List<UUID> ids(String sql) {
        return jdbc.sql(sql).query(UUID.class).list();
    }
}
