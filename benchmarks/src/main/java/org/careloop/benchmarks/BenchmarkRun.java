package org.careloop.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.HdrHistogram.Histogram;
import org.awaitility.Awaitility;
import org.careloop.localstack.CareLoopStack;
import org.careloop.localstack.DemoData;
import org.careloop.localstack.ServiceProcess;
import org.careloop.servers.ApiClient;
import org.careloop.testing.SseClient;

/**
 * Measures the quality targets P1-P7 (docs/benchmarks.md) on a started stack, each beside the figure it is compared
 * with in the same run. The order matters: the restarts (P5) come first, so that the peak memory read last (P6) is
 * that of processes that went through every load.
 */
public final class BenchmarkRun {

    private static final Pattern REFERRAL_LINK = Pattern.compile("/referrals/([0-9a-f-]{36})");

    private final CareLoopStack stack;
    private final Sizes sizes;
    private final Consumer<String> progress;
    private final ApiClient gateway;
    private final ApiClient cases;
    private final Database database;
    private final List<Result> results = new ArrayList<>();

    public BenchmarkRun(CareLoopStack stack, Sizes sizes, Consumer<String> progress) {
        this.stack = stack;
        this.sizes = sizes;
        this.progress = progress;
        this.gateway = new ApiClient(stack.gateway().url());
        this.cases = new ApiClient(stack.service("cases").url());
        this.database = new Database(stack);
    }

    /**
     * Runs the measurements ({@code only}: their ids, or empty for all); {@code stackReady} is how long the whole
     * stack took to start, when this run started it. A measurement that fails is reported as failed, and the rest
     * still run.
     */
    public List<Result> run(Duration stackReady, Set<String> only) {
        phase("P5", only, () -> startup(stackReady));
        phase("P1", only, this::gatewayOverhead);
        phase("P2", only, this::creates);
        if (only.isEmpty() || only.contains("P3") || only.contains("P4")) {
            String caseId = caseKnownToReferrals(token("sam"));
            try (SseClient hospice = SseClient.connect(stack.gateway().url() + "/api/notifications/stream",
                    token("hana")).awaitConnected()) {
                phase("P3", only, () -> liveReferrals(hospice, caseId));
                phase("P4", only, () -> kafkaOutage(hospice, caseId));
            }
        }
        phase("P7", only, this::caseload);
        phase("P6", only, this::memory);
        return List.copyOf(results);
    }

    private void phase(String id, Set<String> only, Runnable measurement) {
        if (!only.isEmpty() && !only.contains(id)) {
            return;
        }
        awaitGatewayServes();
        try {
            measurement.run();
        } catch (RuntimeException e) {
            progress.accept(id + " failed: " + e);
            results.add(new Result(id, "(see docs/benchmarks.md)", "**the measurement failed**: " + e.getMessage()
                    .lines().findFirst().orElse(""), "-", false));
        }
    }

    /**
     * Before each measurement: the gateway serves again (an overload in the last one may have opened its circuit
     * breakers for a while), so one measurement's aftermath is not the next one's figure.
     */
    private void awaitGatewayServes() {
        String sam = token("sam");
        Awaitility.await("the gateway serves case-service again").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> gateway.get("/api/cases?size=1", sam).status() == 200);
    }

    /** P5: each service restarted alone, from the launch of its process to its first ready answer. */
    private void startup(Duration stackReady) {
        progress.accept("P5: restarting each service ...");
        Map<String, Duration> ready = new LinkedHashMap<>();
        for (ServiceProcess service : services()) {
            service.restart();
            ready.put(service.name(), service.readyAfter());
        }
        boolean servicesMet = ready.values().stream().allMatch(d -> d.compareTo(Duration.ofSeconds(5)) <= 0);
        boolean stackMet = stackReady == null || stackReady.compareTo(Duration.ofSeconds(60)) <= 0;
        StringBuilder measured = new StringBuilder();
        ready.forEach((name, d) -> measured.append(name).append(' ').append(seconds(d)).append(", "));
        measured.append("whole stack ").append(stackReady == null ? "not started by this run" : seconds(stackReady));
        results.add(new Result("P5", "each service ready ≤ 5 s; whole stack ready ≤ 60 s", measured.toString(),
                "restarted one at a time while the others run; the stack from nothing to every service ready",
                servicesMet && stackMet));
    }

    /** P1: an authenticated read (one case) through the gateway and straight at case-service. */
    private void gatewayOverhead() {
        progress.accept("P1: the gateway's throughput and added latency ...");
        String sam = token("sam");
        String path = "/api/cases/" + openCase(sam);
        Load.Call direct = () -> cases.get(path, sam).status() == 200;
        Load.Call throughGateway = () -> gateway.get(path, sam).status() == 200;
        Load.closedLoop(sizes.concurrency(), sizes.warmup(), direct);
        Load.closedLoop(sizes.concurrency(), sizes.warmup(), throughGateway);
        Load.Figures[] throughput = Load.inTurns(4, sizes.throughputRun(),
                run -> Load.closedLoop(sizes.concurrency(), run, direct),
                run -> Load.closedLoop(sizes.concurrency(), run, throughGateway));
        Load.Figures directThroughput = throughput[0];
        Load.Figures gatewayThroughput = throughput[1];
        double ratio = gatewayThroughput.perSecond() / directThroughput.perSecond();
        results.add(new Result("P1", "gateway throughput ≥ 0.6 × direct (authenticated read)",
                "through the gateway " + gatewayThroughput.describe(),
                "case-service directly " + directThroughput.describe() + " → **%.2f×**".formatted(ratio),
                ratio >= 0.6 && clean(gatewayThroughput, directThroughput)));

        Load.Figures[] latency = Load.inTurns(4, sizes.fixedRateRun(),
                run -> Load.fixedRate(sizes.readsPerSecond(), run, direct),
                run -> Load.fixedRate(sizes.readsPerSecond(), run, throughGateway));
        Load.Figures directLatency = latency[0];
        Load.Figures gatewayLatency = latency[1];
        double added = gatewayLatency.millis(99) - directLatency.millis(99);
        results.add(new Result("P1", "p99 added by the gateway ≤ 3 ms at 200 req/s",
                "at %d req/s through the gateway: %s".formatted(sizes.readsPerSecond(), gatewayLatency.describe()),
                "directly: " + directLatency.describe() + " → **%+.1f ms** at p99".formatted(added),
                added <= 3 && clean(gatewayLatency, directLatency)));
    }

    /** P2: cases and referrals created through the gateway, against pgbench running the same SQL transactions. */
    private void creates() {
        progress.accept("P2: creating cases and referrals, then the same SQL with pgbench ...");
        String sam = token("sam");
        String caseId = caseKnownToReferrals(sam);
        Map<String, Object> newCase = newCase();
        Load.Call openCase = () -> gateway.post("/api/cases", sam, newCase).status() == 201;
        Load.Call requestReferral = () -> gateway.post("/api/referrals", sam, referral(caseId)).status() == 201;
        Load.closedLoop(sizes.concurrency(), sizes.warmup(), openCase);
        Load.Figures opened = Load.closedLoop(sizes.concurrency(), sizes.throughputRun(), openCase);
        Pgbench.Figures openSql = Pgbench.run(stack, "cases", "open-case.sql", sizes.concurrency(),
                sizes.throughputRun(), Map.of());
        results.add(p2("cases opened", opened, openSql));

        Load.closedLoop(sizes.concurrency(), sizes.warmup(), requestReferral);
        Load.Figures requested = Load.closedLoop(sizes.concurrency(), sizes.throughputRun(), requestReferral);
        Pgbench.Figures requestSql = Pgbench.run(stack, "referrals", "request-referral.sql", sizes.concurrency(),
                sizes.throughputRun(), Map.of("case_id", caseId));
        results.add(p2("referrals requested", requested, requestSql));
        database.awaitEveryReferralNotified();
    }

    private static Result p2(String what, Load.Figures created, Pgbench.Figures sql) {
        double ratio = created.perSecond() / sql.transactionsPerSecond();
        return new Result("P2", "creating through the gateway ≥ 0.2 × pgbench, same SQL transaction",
                what + " through the gateway: " + created.describe(),
                "pgbench %.0f/s (%d clients) → **%.2f×**".formatted(sql.transactionsPerSecond(), sql.clients(), ratio),
                ratio >= 0.2 && created.failed() == 0);
    }

    /** P3: referrals created at a fixed rate; from each one's commit to its event on the hospice's live stream. */
    private void liveReferrals(SseClient hospice, String caseId) {
        progress.accept("P3: referral committed → hospice's live stream, at " + sizes.referralsPerSecond() + "/s ...");
        Live atTarget = live(hospice, caseId, sizes.referralsPerSecond(), sizes.liveRun());
        // the same pipeline far from saturation: what the path itself takes, without queueing for the CPU
        Live unhurried = live(hospice, caseId, 5, sizes.liveRun().dividedBy(2));
        results.add(new Result("P3", "referral committed → hospice's SSE event: p50 ≤ 20 ms, p99 ≤ 100 ms at 50/s",
                atTarget.describe() + "; the create request itself: " + atTarget.requests().describe(),
                "at 5/s: " + unhurried.describe(),
                atTarget.millis(50) <= 20 && atTarget.millis(99) <= 100 && atTarget.missing() == 0
                        && atTarget.requests().failed() == 0));
    }

    /** Referrals at a fixed rate and, for each, from its commit to its arrival on the hospice's stream. */
    private Live live(SseClient hospice, String caseId, int perSecond, Duration run) {
        String sam = token("sam");
        Set<String> created = ConcurrentHashMap.newKeySet();
        Load.Figures requests = Load.fixedRate(perSecond, run,
                () -> created(gateway.post("/api/referrals", sam, referral(caseId)), created));
        Map<String, Instant> received = awaitOnStream(hospice, created, Duration.ofSeconds(60));
        Map<String, Instant> committed = database.referralCommitTimes(created);
        Histogram latency = new Histogram(3);
        received.forEach((id, at) -> latency.recordValue(
                Math.max(0, Duration.between(committed.get(id), at).toNanos() / 1000)));
        return new Live(perSecond, created.size(), created.size() - received.size(), latency, requests);
    }

    private record Live(int perSecond, int referrals, int missing, Histogram latency, Load.Figures requests) {

        double millis(double percentile) {
            return latency.getValueAtPercentile(percentile) / 1000.0;
        }

        String describe() {
            return "%d referrals at %d/s: p50 %.1f ms, p99 %.1f ms, max %.1f ms%s".formatted(referrals, perSecond,
                    millis(50), millis(99), latency.getMaxValue() / 1000.0,
                    missing == 0 ? "" : ", **" + missing + " never arrived**");
        }
    }

    /** P4: referrals created while Kafka is down; when the last reaches the hospice after the broker is back. */
    private void kafkaOutage(SseClient hospice, String caseId) {
        progress.accept("P4: Kafka down for " + sizes.kafkaOutage().toSeconds() + " s while referrals are made ...");
        String sam = token("sam");
        Set<String> created = ConcurrentHashMap.newKeySet();
        stack.kafka().stop();
        Load.Figures during = Load.fixedRate(sizes.outageReferralsPerSecond(), sizes.kafkaOutage(),
                () -> created(gateway.post("/api/referrals", sam, referral(caseId)), created));
        long restarting = System.nanoTime();
        stack.kafka().start();
        Instant back = Instant.now();
        Duration restart = Duration.ofNanos(System.nanoTime() - restarting);
        Map<String, Instant> received = awaitOnStream(hospice, created, Duration.ofSeconds(120));
        Instant last = received.values().stream().max(Instant::compareTo).orElse(back);
        Duration delivered = Duration.between(back, last);
        int missing = created.size() - received.size();
        results.add(new Result("P4", "after a 30 s Kafka outage the backlog is delivered ≤ 10 s after the broker returns",
                "%d referrals made during a %d s outage (%s): the last on the hospice's stream %s after the broker was back%s"
                        .formatted(created.size(), sizes.kafkaOutage().toSeconds(), during.describe(), seconds(delivered),
                                missing == 0 ? "" : ", **" + missing + " never arrived**"),
                "the broker took " + seconds(restart) + " to start again",
                delivered.compareTo(Duration.ofSeconds(10)) <= 0 && missing == 0 && during.failed() == 0));
    }

    /** P7: the caseload queries of the dashboard, with the bulk-loaded cases in the table. */
    private void caseload() {
        progress.accept("P7: loading " + sizes.bulkCases() + " cases in bulk ...");
        String sam = token("sam");
        openCase(sam); // the bulk load puts sam's share in his team, which it learns from a case of his
        Duration loading = database.bulkLoadCases(sizes.bulkCases(), sizes.casesOfOneWorker(), "sam");
        long total = database.count("cases", "select count(*) from care_case");
        progress.accept("P7: " + total + " cases (loaded in " + seconds(loading) + "); querying caseloads ...");
        String sue = token("sue");
        List<Map.Entry<String, String>> queries = List.of(
                Map.entry(sam, "/api/cases"),
                Map.entry(sam, "/api/cases?status=ACTIVE"),
                Map.entry(sam, "/api/cases?status=OPEN&status=ACTIVE&sort=patientName,asc"),
                Map.entry(sam, "/api/cases?q=okonkwo"),
                Map.entry(sam, "/api/cases?page=20"),
                Map.entry(sue, "/api/cases"),
                Map.entry(sue, "/api/cases?status=ACTIVE&assignedTo=sam"),
                Map.entry(sue, "/api/cases?q=ruth&sort=updatedAt,desc"));
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        // each kind's own latencies too (through the gateway, from sending), to tell which page is the slow one
        Map<String, Histogram> byKind = new ConcurrentHashMap<>();
        Load.Call viaGateway = () -> {
            Map.Entry<String, String> query = queries.get(Math.floorMod(next.getAndIncrement(), queries.size()));
            long sent = System.nanoTime();
            boolean ok = gateway.get(query.getValue(), query.getKey()).status() == 200;
            byKind.computeIfAbsent((query.getKey().equals(sue) ? "sue " : "sam ") + query.getValue(),
                    kind -> new org.HdrHistogram.ConcurrentHistogram(3)).recordValue((System.nanoTime() - sent) / 1000);
            return ok;
        };
        Load.Call direct = () -> {
            Map.Entry<String, String> query = queries.get(Math.floorMod(next.getAndIncrement(), queries.size()));
            return cases.get(query.getValue(), query.getKey()).status() == 200;
        };
        Load.fixedRate(sizes.caseloadQueriesPerSecond(), sizes.warmup(), viaGateway);
        byKind.clear();
        Load.Figures throughGateway = Load.fixedRate(sizes.caseloadQueriesPerSecond(), sizes.caseloadRun(),
                viaGateway);
        Load.Figures atService = Load.fixedRate(sizes.caseloadQueriesPerSecond(), sizes.caseloadRun(), direct);
        results.add(new Result("P7", "caseload query p99 ≤ 20 ms with 1 M cases",
                "%,d cases; %d kinds of caseload page (worker and supervisor, filters, search, sort, paging) at %d/s through the gateway: %s"
                        .formatted(total, queries.size(), sizes.caseloadQueriesPerSecond(), throughGateway.describe()),
                "at case-service directly: " + atService.describe() + "; slowest page through the gateway: "
                        + byKind.entrySet().stream().max(java.util.Comparator.comparingLong(
                                e -> e.getValue().getValueAtPercentile(99)))
                                .map(e -> "%s p99 %.1f ms".formatted(e.getKey(),
                                        e.getValue().getValueAtPercentile(99) / 1000.0)).orElse("-"),
                throughGateway.millis(99) <= 20 && total >= sizes.bulkCases() && clean(throughGateway, atService)));
    }

    /** P6: each service's peak resident memory over the whole run (the kernel's VmHWM). */
    private void memory() {
        StringBuilder measured = new StringBuilder();
        boolean met = true;
        for (ServiceProcess service : services()) {
            ProcessMemory memory = ProcessMemory.of(service.pid());
            measured.append(service.name()).append(' ').append(memory.peakMegabytes()).append(" MB, ");
            met &= memory.peakMegabytes() <= 300;
        }
        results.add(new Result("P6", "each service ≤ 300 MB RSS under load",
                "peak RSS over P1-P4 and P7: " + measured.substring(0, measured.length() - 2),
                "now: " + String.join(", ", services().stream().map(s -> {
                    ProcessMemory now = ProcessMemory.of(s.pid());
                    return "%s %d MB (own %d, mapped files %d)".formatted(s.name(), now.currentMegabytes(),
                            now.anonymousMegabytes(), now.fileMegabytes());
                }).toList()),
                met));
    }

    private List<ServiceProcess> services() {
        return List.of(stack.service("cases"), stack.service("referrals"), stack.service("notifications"),
                stack.gateway());
    }

    private Map<String, Instant> awaitOnStream(SseClient stream, Set<String> ids, Duration atMost) {
        Map<String, Instant> received = new ConcurrentHashMap<>();
        try {
            Awaitility.await("every referral on the hospice's stream").atMost(atMost)
                    .pollInterval(Duration.ofMillis(100)).until(() -> {
                        for (SseClient.Event event : stream.events()) {
                            Matcher link = REFERRAL_LINK.matcher(event.data());
                            if (link.find() && ids.contains(link.group(1))) {
                                received.putIfAbsent(link.group(1), event.receivedAt());
                            }
                        }
                        return received.size() == ids.size();
                    });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // reported as missing
        }
        return received;
    }

    private static boolean created(ApiClient.Response response, Set<String> ids) {
        if (response.status() != 201) {
            return false;
        }
        ids.add(response.json().get("id").asString());
        return true;
    }

    private String openCase(String token) {
        ApiClient.Response opened = gateway.post("/api/cases", token, newCase());
        if (opened.status() != 201) {
            throw new IllegalStateException("Could not open a case: " + opened);
        }
        return opened.json().get("id").asString();
    }

    /** A case of the worker's that referral-service already knows (it learns of cases from their events). */
    private String caseKnownToReferrals(String token) {
        String caseId = openCase(token);
        Awaitility.await("referral-service knows case " + caseId).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> database.count("referrals",
                        "select count(*) from case_view where case_id = '" + caseId + "' and assigned_worker is not null") == 1);
        return caseId;
    }

    private static Map<String, Object> newCase() {
        return Map.of("patient", Map.of("givenName", "Ruth", "familyName", "Okonkwo", "dateOfBirth", "1950-02-11"),
                "diagnosis", Map.of("condition", "Peritoneal mesothelioma"));
    }

    private static Map<String, Object> referral(String caseId) {
        return Map.of("caseId", caseId, "serviceId", DemoData.HOME_HOSPICE, "reason", "Night support at home",
                "priority", "urgent", "consent", Map.of("obtained", true, "obtainedFrom", "patient", "obtainedOn",
                        LocalDate.now().toString()));
    }

    /** A fresh token for every phase: Keycloak's last five minutes, a full run longer. */
    private String token(String username) {
        return stack.keycloak().token(username, "demo");
    }

    private static boolean clean(Load.Figures... runs) {
        for (Load.Figures run : runs) {
            if (run.failed() > 0 || run.succeeded() == 0) {
                return false;
            }
        }
        return true;
    }

    static String seconds(Duration d) {
        return "%.1f s".formatted(d.toMillis() / 1000.0);
    }
}
