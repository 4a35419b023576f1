package org.careloop.referrals.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.careloop.events.CloudEventHeaders;
import org.careloop.events.Topics;
import org.careloop.referrals.ReferralServiceIntegrationTest;
import org.careloop.servers.ApiClient.Response;
import org.careloop.testing.TestUser;
import org.careloop.testing.TopicProbe;
import org.junit.jupiter.api.Test;

class DirectoryIntegrationTests extends ReferralServiceIntegrationTest {

    @Test
    void theSeededDirectoryCoversEveryCategory() {
        for (Category category : Category.values()) {
            Response response = api.get("/api/directory/services?category=" + category.code(), token(TestUser.SAM));
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("total").asLong()).as(category.code()).isPositive();
            assertThat(response.json().get("items").findValuesAsString("category")).containsOnly(category.code());
        }
    }

    @Test
    void searchMatchesEveryWordInNameDescriptionOrOrganization() {
        assertThat(names("q=asbestos")).contains("Asbestos trust fund claims assistance");
        assertThat(names("q=COMPASSIONATE%20allowance")).containsExactly("Disability benefits (compassionate allowance)");
        assertThat(names("q=veterans")).contains("Veterans' benefits help");
        assertThat(names("q=sunrise&category=holistic-therapy")).containsExactly("Music therapy");
        assertThat(names("q=lodging")).containsExactly("Patient travel and lodging assistance");
        assertThat(names("category=holistic-therapy")).contains("Aromatherapy", "Guided imagery", "Reiki",
                "Music therapy");
        assertThat(names("q=grief%20support")).contains("Grief support groups");
        assertThat(names("q=%25")).isEmpty();
    }

    @Test
    void availableServicesAreActiveWithCapacity() {
        Response hospices = api.get("/api/directory/services?category=hospice&available=true&size=100",
                token(TestUser.SAM));
        Response all = api.get("/api/directory/services?available=true&size=100", token(TestUser.SAM));

        assertThat(hospices.status()).isEqualTo(200);
        assertThat(hospices.json().get("items").findValuesAsString("name")).contains("Home hospice care")
                .doesNotContain("Inpatient hospice unit");
        assertThat(all.json().get("items").findValuesAsString("status")).containsOnly("active");
        assertThat(all.json().get("items").findValuesAsString("capacity")).containsOnly("capacity");
        assertThat(all.json().get("items").findValuesAsString("name")).doesNotContain("Reiki",
                "Utility and rent emergency assistance");
        assertThat(names("q=reiki&available=false")).containsExactly("Reiki");
        assertThat(api.get("/api/directory/services?available=maybe", token(TestUser.SAM)).status()).isEqualTo(400);
    }

    @Test
    void anOrganizationsServicesAreListedByItsId() {
        Response sunrise = api.get("/api/directory/services?organizationId=" + SUNRISE_HOSPICE + "&size=100",
                token(TestUser.ADAM));

        assertThat(sunrise.status()).isEqualTo(200);
        assertThat(sunrise.json().get("items").findValuesAsString("name")).contains("Home hospice care",
                "Music therapy");
        assertThat(sunrise.json().get("items").findValues("organization"))
                .allSatisfy(organization -> assertThat(organization.get("id").asString())
                        .isEqualTo(SUNRISE_HOSPICE.toString()));
        assertThat(sunrise.json().get("total").asLong()).isEqualTo(sunrise.json().get("items").size());
        assertThat(api.get("/api/directory/services?organizationId=" + UUID.randomUUID(), token(TestUser.ADAM))
                .json().get("total").asLong()).isZero();
        assertThat(api.get("/api/directory/services?organizationId=sunrise", token(TestUser.ADAM)).status())
                .isEqualTo(400);
    }

    @Test
    void theHospiceAndTheCommunityAidHaveTheDemoOrganizationIds() {
        Response sunrise = api.get("/api/directory/organizations/" + SUNRISE_HOSPICE, token(TestUser.HANA));
        Response riverside = api.get("/api/directory/organizations/" + RIVERSIDE, token(TestUser.CARL));

        assertThat(sunrise.json().get("name").asString()).isEqualTo("Sunrise Hospice");
        assertThat(riverside.json().get("name").asString()).isEqualTo("Riverside Community Aid");
        Response service = api.get("/api/directory/services/" + HOME_HOSPICE, token(TestUser.SAM));
        assertThat(service.json().get("organization").get("name").asString()).isEqualTo("Sunrise Hospice");
        assertThat(service.json().get("status").asString()).isEqualTo("active");
        assertThat(api.get("/api/directory/services/" + UUID.randomUUID(), token(TestUser.SAM)).status())
                .isEqualTo(404);
    }

    @Test
    void anAdminAddsAndUpdatesOrganizationsAndServices() {
        Response org = api.post("/api/directory/organizations", token(TestUser.ADAM), Map.of(
                "name", "Northside Pantry", "description", "Food parcels delivered", "intakePhone", "+1 555 0300",
                "website", "https://northside-pantry.example"));
        assertThat(org.status()).as(org.toString()).isEqualTo(201);
        String orgId = org.json().get("id").asString();

        Response service = api.post("/api/directory/services", token(TestUser.ADAM), Map.of(
                "organizationId", orgId, "name", "Food parcels", "category", "community",
                "status", "active", "capacity", "waitlist", "contact", Map.of("email", "food@northside.example")));
        assertThat(service.status()).as(service.toString()).isEqualTo(201);
        String serviceId = service.json().get("id").asString();
        assertThat(service.json().get("organization").get("name").asString()).isEqualTo("Northside Pantry");

        Response renamed = api.put("/api/directory/organizations/" + orgId, token(TestUser.ADAM),
                Map.of("name", "Northside Community Pantry"));
        assertThat(renamed.status()).isEqualTo(200);
        Response closed = api.put("/api/directory/services/" + serviceId, token(TestUser.ADAM), Map.of(
                "organizationId", orgId, "name", "Food parcels", "category", "community",
                "status", "temporarily closed", "capacity", "no-capacity"));
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().get("status").asString()).isEqualTo("temporarily closed");
        assertThat(names("q=northside%20community")).containsExactly("Food parcels");
    }

    /**
     * B18: an organization's intake address belongs to the directory, and notification-service learns it from the
     * directory's events (not from its configuration): every added or changed organization is published, keyed by
     * its id. An organization known elsewhere by its id (Keycloak's org_id) is added with that id.
     */
    @Test
    void addingOrChangingAnOrganizationPublishesItsIntakeAddressOnTheDirectoryTopic() {
        UUID orgId = UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.open(Topics.DIRECTORY_EVENTS)) {
            Response added = api.post("/api/directory/organizations", token(TestUser.ADAM), Map.of("id",
                    orgId.toString(), "name", "Eastbank Hospice", "intakeEmail", "intake@eastbank.example"));
            assertThat(added.status()).as(added.toString()).isEqualTo(201);
            assertThat(added.json().get("id").asString()).isEqualTo(orgId.toString());
            assertThat(api.put("/api/directory/organizations/" + orgId, token(TestUser.ADAM), Map.of(
                    "name", "Eastbank Hospice", "intakeEmail", "referrals@eastbank.example")).status())
                    .isEqualTo(200);
            assertFieldError(api.post("/api/directory/organizations", token(TestUser.ADAM), Map.of("id",
                    orgId.toString(), "name", "Eastbank again")), "id");

            probe.awaitUntil(records -> of(records, orgId).size() >= 2, Duration.ofSeconds(20));
            List<ConsumerRecord<String, String>> events = of(probe.drain(Duration.ofMillis(500)), orgId);

            assertThat(events).hasSize(2);
            assertThat(events).extracting(ConsumerRecord::key).containsOnly(orgId.toString());
            assertThat(events).extracting(r -> TopicProbe.header(r, CloudEventHeaders.TYPE))
                    .containsOnly("careloop.directory.organization-changed.v1");
            assertThat(events).extracting(r -> TopicProbe.header(r, CloudEventHeaders.SOURCE))
                    .containsOnly("/careloop/referral-service");
            // the outbox may send the two in either order: the consumer keeps the newest changedAt
            assertThat(events).extracting(ConsumerRecord::value)
                    .anySatisfy(v -> assertThat(v).contains("\"intakeEmail\":\"intake@eastbank.example\""))
                    .anySatisfy(v -> assertThat(v).contains("\"intakeEmail\":\"referrals@eastbank.example\""));
        }
    }

    private static List<ConsumerRecord<String, String>> of(List<ConsumerRecord<String, String>> records, UUID id) {
        return records.stream().filter(r -> r.value().contains(id.toString())).toList();
    }

    @Test
    void onlyAnAdminWritesAndBadInputIs400() {
        Map<String, Object> organization = Map.of("name", "Anything");
        assertThat(api.post("/api/directory/organizations", token(TestUser.SAM), organization).status())
                .isEqualTo(403);
        assertThat(api.post("/api/directory/organizations", token(TestUser.HANA), organization).status())
                .isEqualTo(403);

        assertFieldError(api.post("/api/directory/organizations", token(TestUser.ADAM), Map.of("name", " ")), "name");
        assertFieldError(api.post("/api/directory/organizations", token(TestUser.ADAM),
                Map.of("name", "X", "website", "javascript:alert(1)")), "website");
        assertFieldError(api.post("/api/directory/services", token(TestUser.ADAM), Map.of(
                "organizationId", SUNRISE_HOSPICE.toString(), "name", "X", "category", "astrology",
                "status", "active", "capacity", "capacity")), "category");
        assertFieldError(api.post("/api/directory/services", token(TestUser.ADAM), Map.of(
                "organizationId", UUID.randomUUID().toString(), "name", "X", "category", "legal",
                "status", "active", "capacity", "capacity")), "organizationId");
        assertFieldError(api.get("/api/directory/services?category=astrology", token(TestUser.SAM)), "category");
        assertFieldError(api.get("/api/directory/services?size=0", token(TestUser.SAM)), "size");
        assertThat(jdbc.sql("select count(*) from organization where name in ('X', 'Anything')")
                .query(Long.class).single()).isZero();
    }

    @Test
    void everyDirectoryChangeAndEveryRefusedOneIsAudited() {
        Response org = api.post("/api/directory/organizations", token(TestUser.ADAM), Map.of("name", "Audited Aid"));
        assertThat(org.status()).isEqualTo(201);
        UUID orgId = UUID.fromString(org.json().get("id").asString());
        assertThat(api.put("/api/directory/organizations/" + orgId, token(TestUser.ADAM),
                Map.of("name", "Audited Aid Society")).status()).isEqualTo(200);
        Response service = api.post("/api/directory/services", token(TestUser.ADAM), Map.of(
                "organizationId", orgId.toString(), "name", "Audited help", "category", "legal",
                "status", "active", "capacity", "capacity"));
        UUID serviceId = UUID.fromString(service.json().get("id").asString());
        assertThat(api.put("/api/directory/services/" + serviceId, token(TestUser.SAM), Map.of(
                "organizationId", orgId.toString(), "name", "Hijacked", "category", "legal",
                "status", "active", "capacity", "capacity")).status()).isEqualTo(403);
        UUID missing = UUID.randomUUID();
        assertThat(api.put("/api/directory/organizations/" + missing, token(TestUser.ADAM),
                Map.of("name", "Nobody")).status()).isEqualTo(404);

        assertThat(audit(orgId)).containsExactly("adam admin DIRECTORY_ORGANIZATION_CREATE ALLOWED",
                "adam admin DIRECTORY_ORGANIZATION_UPDATE ALLOWED");
        assertThat(audit(serviceId)).containsExactly("adam admin DIRECTORY_SERVICE_CREATE ALLOWED",
                "sam social-worker ROLE_REFUSED PUT DENIED");
        assertThat(audit(missing)).containsExactly("adam admin DIRECTORY_ORGANIZATION_UPDATE DENIED");
    }

    private List<String> audit(UUID recordId) {
        return jdbc.sql("select username || ' ' || role || ' ' || action || ' ' || outcome from audit_record "
                + "where record_id = :id order by id").param("id", recordId).query(String.class).list();
    }

    private List<String> names(String query) {
        Response response = api.get("/api/directory/services?size=100&" + query, token(TestUser.SAM));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        response.json().get("items").forEach(item -> names.add(item.get("name").asString()));
        return names;
    }

    private void assertFieldError(Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field")).contains(field);
    }
}
