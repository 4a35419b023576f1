package org.careloop.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.careloop.cases.CaseServiceIntegrationTest;
import org.careloop.servers.ApiClient.Response;
import org.careloop.testing.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * Filters, name search and paging over 10,000 cases of one team, bulk-loaded (the API is not what is under
 * test here), checked against the same answers computed in memory.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseloadQueryIntegrationTests extends CaseServiceIntegrationTest {

    static final String TEAM = "caseload-team";
    static final TestUser LENA = new TestUser("lena", List.of("social-worker"), TEAM, null);
    static final TestUser LARS = new TestUser("lars", List.of("social-worker"), TEAM, null);
    static final TestUser CLEO = new TestUser("cleo", List.of("supervisor"), TEAM, null);
    static final List<String> GIVEN = List.of("Zoë", "José", "Åsa", "Walter", "Iris", "Mara", "Noël", "Ana");
    static final List<String> FAMILY = List.of("Núñez", "Hale", "Moss", "Lind", "Çelik", "O'Brien", "Dubois");
    static final int CASES = 10_000;

    record Row(UUID id, String worker, CaseStatus status, String given, String family, Instant openedAt) {

        String searchName() {
            return Patient.searchForm(given + " " + family);
        }
    }

    @Autowired
    JdbcTemplate template;

    final List<Row> rows = new ArrayList<>();

    @BeforeAll
    void loadTenThousandCases() {
        Random random = new Random(42);
        Instant base = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < CASES; i++) {
            rows.add(new Row(UUID.randomUUID(), i % 3 == 0 ? "lars" : "lena",
                    CaseStatus.values()[random.nextInt(CaseStatus.values().length)],
                    GIVEN.get(random.nextInt(GIVEN.size())), FAMILY.get(random.nextInt(FAMILY.size())),
                    // many equal timestamps on purpose: the sort must stay stable through the id
                    base.plusSeconds(random.nextInt(500))));
        }
        template.batchUpdate("""
                insert into care_case (id, status, assigned_worker, team, patient_given_name, patient_family_name,
                    patient_date_of_birth, patient_search_name, diagnosis_condition, opened_at, updated_at, version,
                    assigned_worker_sub)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'Pleural mesothelioma', ?, ?, 0, ?)
                """, rows, 1000, (ps, row) -> {
                    ps.setObject(1, row.id());
                    ps.setString(2, row.status().name());
                    ps.setString(3, row.worker());
                    ps.setString(4, TEAM);
                    ps.setString(5, row.given());
                    ps.setString(6, row.family());
                    ps.setDate(7, Date.valueOf(LocalDate.of(1950, 5, 5)));
                    ps.setString(8, row.searchName());
                    ps.setTimestamp(9, Timestamp.from(row.openedAt()));
                    ps.setTimestamp(10, Timestamp.from(row.openedAt()));
                    ps.setString(11, TestUser.subjectOf(row.worker()));
                });
    }

    @Test
    void aWorkerSeesExactlyTheirOwnCasesOfAStatus() {
        Response response = api.get("/api/cases?status=ACTIVE&size=100", token(LENA));

        long expected = rows.stream().filter(r -> r.worker().equals("lena") && r.status() == CaseStatus.ACTIVE).count();
        assertThat(response.json().get("total").asLong()).isEqualTo(expected);
        for (JsonNode item : response.json().get("items")) {
            assertThat(item.get("assignedWorker").asString()).isEqualTo("lena");
            assertThat(item.get("status").asString()).isEqualTo("ACTIVE");
        }
    }

    @Test
    void severalStatusesAndTheSupervisorsWorkerFilterCombine() {
        Response response = api.get("/api/cases?status=OPEN&status=ACTIVE&assignedTo=lars&size=1", token(CLEO));

        long expected = rows.stream().filter(r -> r.worker().equals("lars")
                && (r.status() == CaseStatus.OPEN || r.status() == CaseStatus.ACTIVE)).count();
        assertThat(response.json().get("total").asLong()).isEqualTo(expected);
        assertThat(api.get("/api/cases?size=1", token(CLEO)).json().get("total").asLong()).isEqualTo(CASES);
    }

    @Test
    void searchIgnoresCaseAndAccentsAndMatchesEveryWord() {
        for (String q : List.of("zoe", "ZOË", "nunez", "jose NÚÑEZ", "o'brien", "noel dub", "çelik asa")) {
            Response response = api.get("/api/cases?q=" + java.net.URLEncoder.encode(q,
                    java.nio.charset.StandardCharsets.UTF_8) + "&size=1", token(CLEO));
            String[] words = Patient.searchForm(q).split(" ");
            long expected = rows.stream().filter(r -> {
                for (String word : words) {
                    if (!r.searchName().contains(word)) {
                        return false;
                    }
                }
                return true;
            }).count();
            assertThat(expected).as(q).isPositive();
            assertThat(response.json().get("total").asLong()).as(q).isEqualTo(expected);
        }
        Response wildcard = api.get("/api/cases?q=%25&size=1", token(CLEO));
        assertThat(wildcard.json().get("total").asLong()).isZero();
    }

    @Test
    void pagingThroughEveryPageGivesEveryCaseOnceInAStableOrder() {
        List<String> seen = new ArrayList<>();
        int size = 100;
        for (int page = 0; page * size < CASES; page++) {
            Response response = api.get("/api/cases?sort=openedAt,asc&size=" + size + "&page=" + page, token(CLEO));
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("page").asInt()).isEqualTo(page);
            assertThat(response.json().get("size").asInt()).isEqualTo(size);
            response.json().get("items").forEach(item -> seen.add(item.get("id").asString()));
        }
        List<String> expected = rows.stream()
                // PostgreSQL orders uuids by their bytes, as their hex text sorts (Java compares signed longs)
                .sorted(Comparator.comparing(Row::openedAt).thenComparing(r -> r.id().toString()))
                .map(r -> r.id().toString())
                .toList();
        assertThat(seen).hasSize(CASES);
        assertThat(new HashSet<>(seen)).hasSize(CASES);
        assertThat(seen).isEqualTo(expected);
        Response beyond = api.get("/api/cases?size=100&page=100", token(CLEO));
        assertThat(beyond.json().get("items").size()).isZero();
        assertThat(beyond.json().get("total").asLong()).isEqualTo(CASES);
    }

    @Test
    void sortingByPatientNameDescendingOrdersByTheSearchForm() {
        Response response = api.get("/api/cases?sort=patientName,desc&size=50", token(LARS));

        List<String> names = new ArrayList<>();
        response.json().get("items").forEach(item -> names.add(Patient.searchForm(
                item.get("patient").get("givenName").asString() + " "
                        + item.get("patient").get("familyName").asString())));
        Set<String> larsNames = new HashSet<>();
        rows.stream().filter(r -> r.worker().equals("lars")).forEach(r -> larsNames.add(r.searchName()));
        String highest = larsNames.stream().max(Comparator.naturalOrder()).orElseThrow();
        assertThat(names).isSortedAccordingTo(Comparator.<String>reverseOrder());
        assertThat(names.getFirst().toLowerCase(Locale.ROOT)).isEqualTo(highest);
    }
}
