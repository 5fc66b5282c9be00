package fi.turvaverkko.plans.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fi.turvaverkko.access.AccessPolicy;
import fi.turvaverkko.access.CurrentUser;
import fi.turvaverkko.areas.Area;
import fi.turvaverkko.areas.AreaLevel;
import fi.turvaverkko.areas.Areas;
import fi.turvaverkko.organisations.Body;
import fi.turvaverkko.organisations.Organisation;
import fi.turvaverkko.organisations.Organisations;
import fi.turvaverkko.plans.Cadence;
import fi.turvaverkko.plans.Plans;
import fi.turvaverkko.plans.ReportingPeriod;
import fi.turvaverkko.plans.Views.ActionView;
import fi.turvaverkko.plans.Views.IndicatorSeries;
import fi.turvaverkko.plans.Views.IndicatorValue;
import fi.turvaverkko.plans.Views.IndicatorView;
import fi.turvaverkko.platform.Conflict;
import fi.turvaverkko.platform.InvalidInput;
import fi.turvaverkko.platform.charts.LineChart;
import fi.turvaverkko.platform.charts.LineChart.Point;
import fi.turvaverkko.signals.Phenomena;
import fi.turvaverkko.signals.Phenomenon;
import fi.turvaverkko.situation.Snapshot;
import fi.turvaverkko.situation.Snapshots;

/**
 * What the plan pages share: names of organisations, bodies, areas and phenomena for the ids and codes in the plans
 * module's views, periods and times in words, the indicator charts, and refused input as a message beside its field.
 * Templates reach it as {@code pages}.
 */
@Component
class PlanPages {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d.M.yyyy 'klo' HH.mm");
    private static final DateTimeFormatter TIME_EN = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm");

    private final Plans plans;
    private final Organisations organisations;
    private final Areas areas;
    private final Phenomena phenomena;
    private final Snapshots snapshots;
    private final AccessPolicy policy;
    private final MessageSource messages;

    PlanPages(Plans plans, Organisations organisations, Areas areas, Phenomena phenomena, Snapshots snapshots, AccessPolicy policy,
            MessageSource messages) {
        this.plans = plans;
        this.organisations = organisations;
        this.areas = areas;
        this.phenomena = phenomena;
        this.snapshots = snapshots;
        this.policy = policy;
        this.messages = messages;
    }

    // names ---------------------------------------------------------------------------------------------------------

    Map<Long, Organisation> organisationsById() {
        return organisations.listOrganisations().stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** Active organisations with a code (those a form may name), in name order. */
    List<Choice> organisationChoices(Locale locale) {
        return organisations.organisationsByCode().entrySet().stream()
                .map(e -> new Choice(e.getKey(), e.getValue().id(), name(e.getValue(), locale)))
                .sorted(Comparator.comparing(Choice::name, java.text.Collator.getInstance(locale)))
                .toList();
    }

    List<Choice> bodyChoices(Locale locale) {
        return organisations.bodiesByCode().entrySet().stream()
                .map(e -> new Choice(e.getKey(), e.getValue().id(), e.getValue().name(locale)))
                .sorted(Comparator.comparing(Choice::name, java.text.Collator.getInstance(locale)))
                .toList();
    }

    Map<Long, String> organisationCodes() {
        return organisations.organisationsByCode().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getValue().id(), Map.Entry::getKey, (a, b) -> a));
    }

    Map<Long, String> bodyCodes() {
        return organisations.bodiesByCode().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getValue().id(), Map.Entry::getKey, (a, b) -> a));
    }

    Map<Long, Body> bodiesById() {
        return organisations.listBodies().stream().collect(Collectors.toMap(Body::id, Function.identity(), (a, b) -> a));
    }

    /** A code and its name in the reader's language (a choice in a form). */
    record Choice(String code, long id, String name) {
    }

    public String organisation(Long id, Locale locale) {
        if (id == null) {
            return "";
        }
        return organisations.findOrganisation(id).map(o -> name(o, locale)).orElse("#" + id);
    }

    /**
     * An organisation's name, with the organisation it belongs to when that is not a city division: "Ennalta estävä
     * toiminta (Helsingin poliisilaitos)", but "Nuorisopalvelut".
     */
    public String name(Organisation organisation, Locale locale) {
        if (organisation.parentId() == null) {
            return organisation.name(locale);
        }
        return organisations.findOrganisation(organisation.parentId())
                .filter(parent -> parent.type() != fi.turvaverkko.organisations.OrganisationType.CITY_DIVISION)
                .map(parent -> organisation.name(locale) + " (" + parent.name(locale) + ")")
                .orElse(organisation.name(locale));
    }

    public String body(Long id, Locale locale) {
        if (id == null) {
            return "";
        }
        return organisations.findBody(id).map(b -> b.name(locale)).orElse("#" + id);
    }

    /** An area's name; a major district's with its level ("Itäinen (suurpiiri)"), since its name alone reads oddly. */
    public String area(String code, Locale locale) {
        if (code == null) {
            return "";
        }
        return areas.findArea(code).map(a -> a.level() == AreaLevel.MAJOR_DISTRICT
                ? a.name(locale) + " (" + messages.getMessage(a.level().messageKey(), null, locale).toLowerCase(locale) + ")"
                : a.name(locale)).orElse(code);
    }

    public String phenomenon(String code, Locale locale) {
        return phenomena.findPhenomenon(code).map(p -> p.name(locale)).orElse(code);
    }

    List<Phenomenon> listPhenomena() {
        return phenomena.listPhenomena().stream().filter(Phenomenon::active).toList();
    }

    /** The scope of an action in words: city-wide, or its areas' names. */
    public String scope(ActionView action, Locale locale) {
        if (action.cityWide() || action.areas().isEmpty()) {
            return messages.getMessage("plans.action.cityWide", null, locale);
        }
        return action.areas().stream().map(code -> area(code, locale)).collect(Collectors.joining(", "));
    }

    /** A snapshot linked as evidence, with its title when the reader may see it. */
    record SnapshotLink(long id, String title, boolean visible) {
    }

    List<SnapshotLink> snapshots(List<Long> ids) {
        List<SnapshotLink> links = new ArrayList<>();
        for (Long id : ids) {
            try {
                Snapshot snapshot = snapshots.getSnapshot(id);
                links.add(new SnapshotLink(id, snapshot.title(), true));
            } catch (RuntimeException notVisible) {
                links.add(new SnapshotLink(id, null, false));
            }
        }
        return links;
    }

    /** Major and basic districts of the default municipality, for choosing an action's scope or a plan's area. */
    record AreaGroup(Area major, List<Area> districts) {
    }

    List<AreaGroup> areaGroups() {
        String municipality = areas.defaultMunicipality().code();
        Map<String, List<Area>> districts = areas.listAreas(municipality, AreaLevel.BASIC_DISTRICT).stream()
                .sorted(Comparator.comparing(Area::nameFi))
                .collect(Collectors.groupingBy(a -> a.parentCode() == null ? "" : a.parentCode(), LinkedHashMap::new, Collectors.toList()));
        return areas.listAreas(municipality, AreaLevel.MAJOR_DISTRICT).stream()
                .sorted(Comparator.comparing(Area::nameFi))
                .map(m -> new AreaGroup(m, districts.getOrDefault(m.code(), List.of())))
                .toList();
    }

    String defaultMunicipality() {
        return areas.defaultMunicipality().code();
    }

    // the reader ----------------------------------------------------------------------------------------------------

    /** The organisations the reader belongs to (with their sub-units). */
    Set<Long> readerOrganisations() {
        Optional<CurrentUser> reader = plans.reader();
        return reader.isEmpty() ? Set.of() : policy.visibility(reader).organisations();
    }

    // words ---------------------------------------------------------------------------------------------------------

    public String day(LocalDate day) {
        return day == null ? "" : day.format(DAY);
    }

    public String days(LocalDate from, LocalDate to) {
        return day(from) + "–" + day(to);
    }

    public String time(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return instant.atZone(HELSINKI).format("fi".equals(locale.getLanguage()) ? TIME : TIME_EN);
    }

    /** "3. vuosineljännes 2026", "kvartal 3 2026", "Q3 2026". */
    public String period(ReportingPeriod period, Locale locale) {
        if (period == null) {
            return "";
        }
        return messages.getMessage("plans.period." + period.cadence().name(),
                new Object[] { String.valueOf(period.number()), String.valueOf(period.year()) }, locale);
    }

    public String number(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    // indicator charts ----------------------------------------------------------------------------------------------

    /** The actual values against the target as an SVG line chart (the page puts the same figures in a table beside it). */
    public String chart(IndicatorSeries series, Locale locale) {
        IndicatorView indicator = series.indicator();
        String title = messages.getMessage("plans.indicator.chart.title", new Object[] { indicator.name(locale), indicator.unit() }, locale);
        List<Point> actual = series.values().stream()
                .map(v -> new Point(v.periodEnd(), v.value() == null ? null : v.value().doubleValue()))
                .toList();
        LineChart chart = LineChart.of(title).series(messages.getMessage("plans.indicator.actual", null, locale), LineChart.BLUE, actual);
        List<Point> target = new ArrayList<>();
        if (indicator.baselineValue() != null && indicator.baselineDate() != null) {
            target.add(new Point(indicator.baselineDate(), indicator.baselineValue().doubleValue()));
        }
        if (indicator.targetValue() != null && indicator.targetDate() != null) {
            target.add(new Point(indicator.targetDate(), indicator.targetValue().doubleValue()));
        }
        if (!target.isEmpty()) {
            chart.dashed(messages.getMessage("plans.indicator.target", null, locale), LineChart.GREEN, target);
        }
        return chart.svg();
    }

    /** Where the values come from, in words: "entered by hand" or "signals of street drug dealing in Kallio per quarter". */
    public String source(IndicatorView indicator, Locale locale) {
        if (indicator.source() != fi.turvaverkko.plans.IndicatorSource.SIGNALS) {
            return messages.getMessage("plans.indicator.source.MANUAL", null, locale);
        }
        String names = indicator.phenomena().stream().map(code -> phenomenon(code, locale)).collect(Collectors.joining(", "));
        String area = indicator.areaCode() == null ? messages.getMessage("plans.indicator.wholeCity", null, locale) : area(indicator.areaCode(), locale);
        String per = messages.getMessage("plans.cadence.per." + (indicator.period() == null ? Cadence.QUARTER : indicator.period()).name(), null, locale);
        return messages.getMessage("plans.indicator.source.SIGNALS", new Object[] { names, area, per }, locale);
    }

    /** Whether a value is shown as a number or withheld (disclosure control). */
    public String shown(IndicatorValue value, Locale locale) {
        if (value.value() != null) {
            return number(value.value(), locale);
        }
        return value.shown() == null ? "–" : value.shown();
    }

    // periods to report on ------------------------------------------------------------------------------------------

    /**
     * The periods of the plan's cadence from the one the action starts in to the current one (or the one it ends in),
     * oldest first: the choices of the progress report form.
     */
    static List<ReportingPeriod> reportablePeriods(Cadence cadence, ActionView action, LocalDate today) {
        LocalDate last = action.endsOn().isBefore(today) ? action.endsOn() : today;
        ReportingPeriod current = cadence.periodOf(last);
        ReportingPeriod period = cadence.periodOf(action.startsOn().isAfter(last) ? last : action.startsOn());
        List<ReportingPeriod> periods = new ArrayList<>();
        while (!period.start().isAfter(current.start()) && periods.size() < 200) {
            periods.add(period);
            period = period.next();
        }
        return periods;
    }

    /**
     * The period a report is owed for, as the plans module reckons it: the one after the latest reported (the first one
     * when none is), but not later than the current one.
     */
    static ReportingPeriod earliestDue(Cadence cadence, ActionView action, LocalDate today) {
        return cadence.periodOwed(action.startsOn(), action.reportedUntil(), today);
    }

    // refused input -------------------------------------------------------------------------------------------------

    /** The text of a refusal in the reader's language (the English message when there is no key). */
    String message(RuntimeException e, Locale locale) {
        String key = e instanceof InvalidInput invalid ? invalid.messageKey() : e instanceof Conflict conflict ? conflict.messageKey() : null;
        Object[] arguments = e instanceof InvalidInput invalid ? invalid.arguments() : null;
        return key == null ? e.getMessage() : messages.getMessage(key, arguments, e.getMessage(), locale);
    }

    /** One refusal as the page's error list: the message under the field it is about, or at the top of the form. */
    Map<String, String> errors(RuntimeException e, Class<? extends Record> form, Locale locale) {
        String field = e instanceof InvalidInput invalid ? invalid.field() : null;
        // the sharing lists are shown with the classification
        String shownAt = "sharedWith".equals(field) ? "classification" : field;
        boolean known = shownAt != null && Arrays.stream(form.getRecordComponents()).anyMatch(c -> c.getName().equals(shownAt));
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put(known ? shownAt : "form", message(e, locale));
        return errors;
    }

    String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
