package fi.turvaverkko.signals.internal;

import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the rollups current: every signal written adds its count to the daily row of its area and to the weekly row of
 * its sub-area, in the same transaction (so the picture shows it as soon as it commits). Bulk writers collect the
 * changes in a {@link Batch} and apply them once.
 */
@Component
public class Rollups {

    private final JdbcTemplate jdbc;

    Rollups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    record Key(LocalDate day, String areaCode, int phenomenonId, int audienceId) {
    }

    /** Changes to apply together. */
    public static final class Batch {
        private final Map<Key, long[]> daily = new HashMap<>();
        private final Map<Key, long[]> weekly = new HashMap<>();

        public void add(LocalDate day, String areaCode, String weeklyAreaCode, int phenomenonId, int audienceId, long count) {
            daily.computeIfAbsent(new Key(day, areaCode, phenomenonId, audienceId), k -> new long[1])[0] += count;
            weekly.computeIfAbsent(new Key(weekOf(day), weeklyAreaCode, phenomenonId, audienceId), k -> new long[1])[0] += count;
        }

        public boolean isEmpty() {
            return daily.isEmpty();
        }

        public int size() {
            return daily.size() + weekly.size();
        }
    }

    /** From this many changes on (a large import), they go through COPY into a temporary table and one statement. */
    static final int BULK = 20_000;

    public void apply(Batch batch) {
        upsert("signals.daily_count", "day", batch.daily);
        upsert("signals.weekly_count", "week", batch.weekly);
    }

    private void upsert(String table, String dayColumn, Map<Key, long[]> changes) {
        List<Object[]> rows = new ArrayList<>(changes.size());
        // a fixed order, so that concurrent writers lock rows in the same order (no deadlocks)
        changes.entrySet().stream()
                .filter(e -> e.getValue()[0] != 0)
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(Key::day).thenComparing(Key::areaCode)
                        .thenComparingInt(Key::phenomenonId).thenComparingInt(Key::audienceId)))
                .forEach(e -> rows.add(new Object[] { Date.valueOf(e.getKey().day()), e.getKey().areaCode(),
                        e.getKey().phenomenonId(), e.getKey().audienceId(), e.getValue()[0] }));
        if (rows.isEmpty()) {
            return;
        }
        if (rows.size() > BULK) {
            upsertInBulk(table, dayColumn, rows);
            return;
        }
        // one statement per chunk of rows (arrays, not one round trip per row)
        String sql = "insert into " + table + " (" + dayColumn + ", area_code, phenomenon_id, audience_id, count) "
                + "select * from unnest(cast(? as date[]), cast(? as text[]), cast(? as int[]), cast(? as int[]), cast(? as bigint[])) "
                + "on conflict (" + dayColumn + ", area_code, phenomenon_id, audience_id) "
                + "do update set count = " + table.substring(table.indexOf('.') + 1) + ".count + excluded.count";
        for (int from = 0; from < rows.size(); from += 20_000) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + 20_000));
            Object[][] columns = new Object[5][chunk.size()];
            for (int i = 0; i < chunk.size(); i++) {
                for (int c = 0; c < 5; c++) {
                    columns[c][i] = chunk.get(i)[c];
                }
            }
            jdbc.execute((java.sql.Connection connection) -> {
                try (var statement = connection.prepareStatement(sql)) {
                    statement.setArray(1, connection.createArrayOf("date", columns[0]));
                    statement.setArray(2, connection.createArrayOf("text", columns[1]));
                    statement.setArray(3, connection.createArrayOf("int4", columns[2]));
                    statement.setArray(4, connection.createArrayOf("int4", columns[3]));
                    statement.setArray(5, connection.createArrayOf("int8", columns[4]));
                    return statement.executeUpdate();
                }
            });
        }
    }

    private void upsertInBulk(String table, String dayColumn, List<Object[]> rows) {
        String name = table.substring(table.indexOf('.') + 1);
        jdbc.execute("create temporary table if not exists rollup_change (day date, area_code text, phenomenon_id int, "
                + "audience_id int, count bigint) on commit drop");
        jdbc.execute("truncate rollup_change");
        StringBuilder text = new StringBuilder(rows.size() * 40);
        for (Object[] row : rows) {
            text.append(row[0]).append('\t').append(row[1]).append('\t').append(row[2]).append('\t').append(row[3]).append('\t')
                    .append(row[4]).append('\n');
        }
        try {
            var connection = org.springframework.jdbc.datasource.DataSourceUtils.getConnection(jdbc.getDataSource());
            connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI()
                    .copyIn("COPY rollup_change FROM STDIN", new java.io.StringReader(text.toString()));
        } catch (java.sql.SQLException | java.io.IOException e) {
            throw new IllegalStateException("COPY of rollup changes failed", e);
        }
        // sorted, so that concurrent writers lock rows in the same order
        jdbc.update("insert into " + table + " (" + dayColumn + ", area_code, phenomenon_id, audience_id, count) "
                + "select day, area_code, phenomenon_id, audience_id, count from rollup_change "
                + "order by day, area_code, phenomenon_id, audience_id "
                + "on conflict (" + dayColumn + ", area_code, phenomenon_id, audience_id) do update set count = " + name
                + ".count + excluded.count");
    }
}
