package fi.turvaverkko.signals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import fi.turvaverkko.support.IntegrationTest;

/** The demo generator: deterministic, with the emerging phenomena in the last 14 days, every row labelled as demo data. */
class DemoSignalsIntegrationTests extends IntegrationTest {

    static final LocalDate LAST_DAY = LocalDate.of(2026, 3, 31);

    @Autowired
    DemoSignals demoSignals;

    @Autowired
    TransactionTemplate transactions;

    record Row(ValidSignal signal, int audienceId) {
    }

    List<Row> generate(DemoSignals.World world, double scale, long seed) {
        List<Row> rows = new ArrayList<>();
        DemoSignals.generate(world, scale, LAST_DAY, seed, (signal, audienceId) -> rows.add(new Row(signal, audienceId)));
        return rows;
    }

    @Test
    void theSameSeedGivesTheSameSignals() {
        var world = demoSignals.world();
        List<Row> first = generate(world, 0.2, DemoSignals.SEED);
        List<Row> second = generate(world, 0.2, DemoSignals.SEED);
        assertThat(first).hasSizeGreaterThan(30_000).isEqualTo(second);
        assertThat(generate(world, 0.2, DemoSignals.SEED + 1)).isNotEqualTo(first);
    }

    @Test
    void theEmergingPhenomenaStandOutInTheLastFourteenDays() {
        var world = demoSignals.world();
        List<Row> rows = generate(world, 1, DemoSignals.SEED);
        Map<String, String> subAreaCodes = new HashMap<>();
        world.subAreas().forEach(a -> subAreaCodes.put(a.nameFi(), a.code()));
        LocalDate emergingFrom = LAST_DAY.minusDays(DemoSignals.EMERGING_DAYS - 1L);
        for (DemoSignals.Emerging emerging : DemoSignals.EMERGING) {
            int phenomenon = world.phenomenonIds().get(emerging.phenomenon());
            String area = subAreaCodes.get(emerging.subAreaName());
            assertThat(area).as(emerging.subAreaName()).isNotNull();
            var inArea = rows.stream().filter(r -> r.signal().phenomenonId() == phenomenon && r.signal().areaCode().startsWith(area)).toList();
            long recent = inArea.stream().filter(r -> !r.signal().day().isBefore(emergingFrom)).count();
            // the 12 weeks before, per 14 days
            double before = inArea.stream().filter(r -> r.signal().day().isBefore(emergingFrom)
                    && !r.signal().day().isBefore(emergingFrom.minusWeeks(12))).count() / 6.0;
            assertThat(recent).as(emerging + ": " + recent + " in the last 14 days, " + before + " per 14 days before")
                    .isGreaterThan(Math.round(before * 2)).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void everyWrittenRowIsLabelledAsDemoData() {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            long before = db.sql("select coalesce(max(id), 0) from signals.signal").query(Long.class).single();
            var summary = demoSignals.writeDemoSignals(0.05, LAST_DAY, DemoSignals.SEED);
            var counts = db.sql("""
                    select count(*), count(*) filter (where demo and channel = 'DEMO' and description like 'DEMO: %'),
                           count(*) filter (where status = 'NEW'), count(*) filter (where latitude is not null)
                      from signals.signal where id > :before""").param("before", before)
                    .query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) }).single();
            assertThat(counts[0]).isEqualTo(summary.signals()).isGreaterThan(5_000);
            assertThat(counts[1]).isEqualTo(counts[0]);
            // the last two days wait for triage; most signals have a point
            assertThat(counts[2]).isPositive().isLessThan(counts[0] / 100);
            assertThat(counts[3]).isGreaterThan(counts[0] * 3 / 4);
        });
    }
}
