package fi.turvaverkko.signals;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fi.turvaverkko.access.AccessPolicy;
import fi.turvaverkko.access.CurrentUser;
import fi.turvaverkko.areas.AreaLevel;
import fi.turvaverkko.platform.InvalidInput;
import fi.turvaverkko.signals.internal.AreaCodes;
import fi.turvaverkko.signals.internal.Rollups;

/**
 * Counts of signals from the rollups (never from the signals themselves), for the situational picture. Every figure
 * comes in two parts: {@code visible}, the signals the reader may see, and {@code hidden}, the RESTRICTED ones they may
 * not; the picture shows hidden counts only under disclosure control. Which audiences the reader may see is decided by
 * the database with the access policy's condition.
 */
@Service
public class SignalCounts {

    private final JdbcClient db;
    private final AreaCodes areas;
    private final AccessPolicy policy;

    SignalCounts(JdbcClient db, AreaCodes areas, AccessPolicy policy) {
        this.db = db;
        this.areas = areas;
        this.policy = policy;
    }

    /** Someone signed in who belongs to no organisation: sees PUBLIC and INTERNAL, nothing RESTRICTED. */
    public static final AccessPolicy.Visibility ANY_SIGNED_IN = new AccessPolicy.Visibility(true, Set.of(), Set.of());

    /** The Monday of the day's week: the key of the weekly rollups. */
    public static LocalDate weekOf(LocalDate day) {
        return Rollups.weekOf(day);
    }

    /** A count by area and phenomenon. */
    public record Cell(String areaCode, int phenomenonId, long visible, long hidden) {
        public long total() {
            return visible + hidden;
        }
    }

    /** A count by day (or week: the Monday) and phenomenon. */
    public record DayCell(LocalDate day, int phenomenonId, long visible, long hidden) {
        public long total() {
            return visible + hidden;
        }
    }

    /** A count by area, phenomenon and week (the Monday). */
    public record WeekCell(String areaCode, int phenomenonId, LocalDate week, long visible, long hidden) {
        public long total() {
            return visible + hidden;
        }
    }

    private static final String SPLIT = """
            coalesce(sum(d.count) filter (where d.audience_id in (select a.id from signals.audience a where %s)), 0) as visible,
            coalesce(sum(d.count) filter (where d.audience_id not in (select a.id from signals.audience a where %s)), 0) as hidden""";

    private String split(AccessPolicy.Visibility visibility) {
        String condition = visibility.conditionOnArrays("a");
        return SPLIT.formatted(condition, condition);
    }

    /**
     * For the rest of the (read-only) transaction: plan each query for its own parameters, and give sorts and hashes
     * room. These queries join an array of hundreds of area codes and read a range of days; a generic plan (which the
     * JDBC driver's server-side prepared statements get after five executions) takes the array for ten codes and
     * chooses a nested loop over the primary key for each code: 3 s instead of 70 ms with 10 million signals.
     */
    private void planForTheParameters() {
        db.sql("select set_config('plan_cache_mode', 'force_custom_plan', true), set_config('work_mem', '32MB', true)")
                .query((rs, row) -> 0).list();
    }

    private static Integer[] phenomenonIds(Set<Integer> phenomena) {
        return phenomena == null || phenomena.isEmpty() ? null : phenomena.toArray(Integer[]::new);
    }

    /** Counts per area of the level (of one municipality, or all) and phenomenon, over the days {@code from}–{@code to}. */
    @Transactional(readOnly = true)
    public List<Cell> byArea(AreaLevel level, String municipality, Set<Integer> phenomena, LocalDate from, LocalDate to,
            Optional<CurrentUser> reader) {
        return byArea(level, municipality, phenomena, from, to, policy.visibility(reader));
    }

    /**
     * The same for a standing rather than a person: e.g. {@link #ANY_SIGNED_IN} splits the counts into what every
     * signed-in user may see and the RESTRICTED rest (what a published snapshot must protect).
     */
    @Transactional(readOnly = true)
    public List<Cell> byArea(AreaLevel level, String municipality, Set<Integer> phenomena, LocalDate from, LocalDate to,
            AccessPolicy.Visibility visibility) {
        checkPeriod(from, to);
        var mapping = areas.mapping(level, municipality);
        planForTheParameters();
        return db.sql("select m.target, d.phenomenon_id, " + split(visibility) + """
                 from signals.daily_count d
                 join unnest(cast(:codes as text[]), cast(:targets as text[])) m (code, target) on m.code = d.area_code
                where d.day between :from and :to
                  and (cast(:phenomena as int[]) is null or d.phenomenon_id = any(cast(:phenomena as int[])))
                group by m.target, d.phenomenon_id""")
                .params(visibility.params()).param("codes", mapping.codes()).param("targets", mapping.targets())
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to)).param("phenomena", phenomenonIds(phenomena))
                .query((rs, row) -> new Cell(rs.getString(1), rs.getInt(2), rs.getLong("visible"), rs.getLong("hidden")))
                .list();
    }

    /** Counts per day and phenomenon in an area and everything beneath it (null: everywhere). */
    @Transactional(readOnly = true)
    public List<DayCell> byDay(String areaCode, Set<Integer> phenomena, LocalDate from, LocalDate to, Optional<CurrentUser> reader) {
        checkPeriod(from, to);
        var visibility = policy.visibility(reader);
        planForTheParameters();
        return db.sql("select d.day, d.phenomenon_id, " + split(visibility) + """
                 from signals.daily_count d
                where d.day between :from and :to
                  and (cast(:areas as text[]) is null or d.area_code = any(cast(:areas as text[])))
                  and (cast(:phenomena as int[]) is null or d.phenomenon_id = any(cast(:phenomena as int[])))
                group by d.day, d.phenomenon_id order by d.day""")
                .params(visibility.params()).param("areas", areaCode == null ? null : areas.selfAndBeneath(areaCode))
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to)).param("phenomena", phenomenonIds(phenomena))
                .query((rs, row) -> new DayCell(rs.getObject(1, LocalDate.class), rs.getInt(2), rs.getLong("visible"), rs.getLong("hidden")))
                .list();
    }

    /**
     * Counts per week and phenomenon in an area and everything beneath it (null: everywhere), from the weekly rollups:
     * for long trends. An area below the sub-area level is counted by its sub-area.
     */
    @Transactional(readOnly = true)
    public List<DayCell> byWeek(String areaCode, Set<Integer> phenomena, LocalDate from, LocalDate to, Optional<CurrentUser> reader) {
        checkPeriod(from, to);
        var visibility = policy.visibility(reader);
        String[] codes = areaCode == null ? null : areas.selfAndBeneath(areas.weeklyCode(areaCode));
        planForTheParameters();
        return db.sql("select d.week, d.phenomenon_id, " + split(visibility) + """
                 from signals.weekly_count d
                where d.week between :from and :to
                  and (cast(:areas as text[]) is null or d.area_code = any(cast(:areas as text[])))
                  and (cast(:phenomena as int[]) is null or d.phenomenon_id = any(cast(:phenomena as int[])))
                group by d.week, d.phenomenon_id order by d.week""")
                .params(visibility.params()).param("areas", codes)
                .param("from", Date.valueOf(Rollups.weekOf(from))).param("to", Date.valueOf(to)).param("phenomena", phenomenonIds(phenomena))
                .query((rs, row) -> new DayCell(rs.getObject(1, LocalDate.class), rs.getInt(2), rs.getLong("visible"), rs.getLong("hidden")))
                .list();
    }

    /**
     * Counts per area of the level, phenomenon and week, for the weeks starting {@code fromWeek}–{@code toWeek}
     * (Mondays): the baselines of the emerging-phenomena run. The level is the sub-area level or above (the weekly
     * rollups are kept by sub-area).
     */
    @Transactional(readOnly = true)
    public List<WeekCell> weeklyByArea(AreaLevel level, String municipality, LocalDate fromWeek, LocalDate toWeek,
            Optional<CurrentUser> reader) {
        return weeklyByArea(level, municipality, fromWeek, toWeek, policy.visibility(reader));
    }

    /** The same for a standing rather than a person (see {@link #ANY_SIGNED_IN}). */
    @Transactional(readOnly = true)
    public List<WeekCell> weeklyByArea(AreaLevel level, String municipality, LocalDate fromWeek, LocalDate toWeek,
            AccessPolicy.Visibility visibility) {
        if (level == AreaLevel.SMALL_AREA) {
            throw new InvalidInput("level", "Weekly counts are kept by sub-area: choose SUB_AREA or a larger level.");
        }
        checkPeriod(fromWeek, toWeek);
        var mapping = areas.mapping(level, municipality);
        planForTheParameters();
        return db.sql("select m.target, d.phenomenon_id, d.week, " + split(visibility) + """
                 from signals.weekly_count d
                 join unnest(cast(:codes as text[]), cast(:targets as text[])) m (code, target) on m.code = d.area_code
                where d.week between :from and :to
                group by m.target, d.phenomenon_id, d.week""")
                .params(visibility.params()).param("codes", mapping.codes()).param("targets", mapping.targets())
                .param("from", Date.valueOf(fromWeek)).param("to", Date.valueOf(toWeek))
                .query((rs, row) -> new WeekCell(rs.getString(1), rs.getInt(2), rs.getObject(3, LocalDate.class),
                        rs.getLong("visible"), rs.getLong("hidden")))
                .list();
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new InvalidInput("from", "signal.invalid.period-half", "Give both from and to.");
        }
        if (to.isBefore(from)) {
            throw new InvalidInput("to", "signal.invalid.period-reversed", "to (" + to + ") is before from (" + from + ").");
        }
        if (from.plusYears(10).isBefore(to)) {
            throw new InvalidInput("from", "signal.invalid.period-too-long", "A period can be at most ten years long.");
        }
    }

    /** The count of one week, phenomenon and audience for the whole city: figures anyone's split can be made from. */
    public record AudienceWeek(LocalDate week, int phenomenonId, int audienceId, long count) {
    }

    /**
     * Weekly counts of every area together, by phenomenon and audience (not yet split for a reader: see
     * {@link #visibleAudiences}), for the weeks starting {@code from}–{@code to}: the city's trend, cacheable for everyone.
     */
    @Transactional(readOnly = true)
    public List<AudienceWeek> weeksByAudience(LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        planForTheParameters();
        return db.sql("""
                select week, phenomenon_id, audience_id, sum(count) from signals.weekly_count
                 where week between :from and :to group by week, phenomenon_id, audience_id""")
                .param("from", Date.valueOf(Rollups.weekOf(from))).param("to", Date.valueOf(to))
                .query((rs, row) -> new AudienceWeek(rs.getObject(1, LocalDate.class), rs.getInt(2), rs.getInt(3), rs.getLong(4)))
                .list();
    }

    /** The audiences whose signals the reader may see, as the database decides with the access policy. */
    @Transactional(readOnly = true)
    public Set<Integer> visibleAudiences(Optional<CurrentUser> reader) {
        var visibility = policy.visibility(reader);
        return Set.copyOf(db.sql("select a.id from signals.audience a where " + visibility.conditionOnArrays("a"))
                .params(visibility.params()).query(Integer.class).list());
    }
}
