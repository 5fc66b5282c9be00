package fi.turvaverkko.signals.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;

import fi.turvaverkko.platform.CsvReader;
import fi.turvaverkko.platform.InvalidInput;
import fi.turvaverkko.signals.Reliability;
import fi.turvaverkko.signals.SignalReport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rows of the police aggregate feed: counts per area, ISO week and phenomenon, as CSV (header
 * {@code area,week,phenomenon,count}) or as a JSON array of {@code {"area", "week", "phenomenon", "count"}}. Each row
 * is a signal over the week (Monday 00:00 to Sunday 23:59:59 Helsinki time) in the area, with the external id
 * {@code feed:<area>:<week>:<phenomenon>}, so that sending a week again replaces its counts.
 */
public final class PoliceFeedRows implements SignalImportRows {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private record Row(String area, String week, String phenomenon, String count) {
    }

    private interface Source {
        Row next() throws IOException;

        long line();
    }

    private final Source source;
    private final InputStream input;
    private Row current;
    private long row;

    private PoliceFeedRows(Source source, InputStream input) {
        this.source = source;
        this.input = input;
    }

    /** Feed rows from a CSV body (comma or semicolon separated, header area, week, phenomenon, count in any order). */
    public static PoliceFeedRows csv(InputStream input, long maxBytes) throws IOException {
        CsvReader csv = new CsvReader(new SignalImportLimit(input, maxBytes), "signals.import");
        String[] header = csv.header();
        if (header == null) {
            throw new InvalidInput("header", "signals.import.header.empty", "The feed is empty: the first line names the columns (area, week, phenomenon, count).");
        }
        List<String> names = java.util.Arrays.stream(header).map(h -> h == null ? "" : h.strip().toLowerCase(Locale.ROOT)).toList();
        for (String name : names) {
            if (!List.of("area", "week", "phenomenon", "count").contains(name)) {
                throw new InvalidInput("header", "signals.import.header.unknown", "Unknown columns: " + name + ". The columns are: area, week, phenomenon, count.",
                        name, "area, week, phenomenon, count");
            }
        }
        int area = names.indexOf("area");
        int week = names.indexOf("week");
        int phenomenon = names.indexOf("phenomenon");
        int count = names.indexOf("count");
        if (area < 0 || week < 0 || phenomenon < 0 || count < 0) {
            throw new InvalidInput("header", "signals.import.header.feed", "The feed's header names the columns area, week, phenomenon and count.");
        }
        int width = header.length;
        return new PoliceFeedRows(new Source() {
            @Override
            public Row next() throws IOException {
                if (!csv.next()) {
                    return null;
                }
                if (csv.problem() != null) {
                    return new Row(null, null, null, "\u0000" + csv.problem().name());
                }
                if (csv.size() != width) {
                    return new Row(null, null, null, "\u0000WIDTH");
                }
                return new Row(csv.get(area), csv.get(week), csv.get(phenomenon), csv.get(count));
            }

            @Override
            public long line() {
                return csv.line();
            }
        }, input);
    }

    /** Feed rows from a JSON array, read one element at a time. */
    public static PoliceFeedRows json(InputStream input, long maxBytes) {
        JsonParser parser;
        try {
            parser = JSON.createParser(new SignalImportLimit(input, maxBytes));
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new InvalidInput("body", "signals.import.feed.not-array", "The JSON feed is an array of {area, week, phenomenon, count}.");
            }
        } catch (JacksonException e) {
            throw malformedJson(e);
        }
        return new PoliceFeedRows(new Source() {
            long index;

            @Override
            public Row next() {
                try {
                    JsonToken token = parser.nextToken();
                    if (token == JsonToken.END_ARRAY || token == null) {
                        return null;
                    }
                    index++;
                    JsonNode node = JSON.readTree(parser);
                    if (!node.isObject()) {
                        return new Row(null, null, null, "\u0000OBJECT");
                    }
                    return new Row(text(node, "area"), text(node, "week"), text(node, "phenomenon"), text(node, "count"));
                } catch (JacksonException e) {
                    throw malformedJson(e);
                }
            }

            @Override
            public long line() {
                return index;
            }
        }, input);
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.isString() ? value.asString() : value.toString();
    }

    private static InvalidInput malformedJson(JacksonException e) {
        return new InvalidInput("body", "signals.import.feed.json", "The feed is not valid JSON: " + e.getOriginalMessage());
    }

    @Override
    public boolean next() throws IOException {
        current = source.next();
        if (current == null) {
            return false;
        }
        row++;
        return true;
    }

    @Override
    public long row() {
        return row;
    }

    @Override
    public long line() {
        return source.line();
    }

    @Override
    public String column(String field) {
        if (field == null) {
            return "row";
        }
        return switch (field) {
            case "areaCode", "lat", "lon" -> "area";
            case "observedAt", "observedFrom", "observedTo", "externalId" -> "week";
            default -> field;
        };
    }

    @Override
    public SignalReport report() {
        Row r = current;
        if (r.count() != null && r.count().startsWith("\u0000")) {
            String what = r.count().substring(1);
            if (what.equals("WIDTH")) {
                throw new InvalidInput(null, "signals.import.csv.columns-feed", "The row does not have the four columns area, week, phenomenon, count.");
            }
            if (what.equals("OBJECT")) {
                throw new InvalidInput(null, "signals.import.feed.not-object", "Each element of the array is an object {area, week, phenomenon, count}.");
            }
            CsvReader.Problem problem = CsvReader.Problem.valueOf(what);
            throw new InvalidInput(null, problem.messageKey("signals.import"), problem.english());
        }
        if (r.area() == null || r.area().isBlank()) {
            throw new InvalidInput("area", "signals.import.feed.area-missing", "Say the area (its code).");
        }
        LocalDate monday = monday(r.week());
        int count;
        try {
            count = r.count() == null ? -1 : Integer.parseInt(r.count().strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("count", "signals.import.invalid.count", "count '" + r.count().strip() + "' is not a whole number.", r.count().strip());
        }
        if (count < 0) {
            throw new InvalidInput("count", "signals.import.feed.count-missing", "Say the count.");
        }
        String week = monday.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format(Locale.ROOT, "%02d", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        String area = r.area().strip();
        String phenomenon = r.phenomenon() == null ? null : r.phenomenon().strip().toLowerCase(Locale.ROOT);
        SignalImportTime.Value first = SignalImportTime.day(monday);
        SignalImportTime.Value last = SignalImportTime.day(monday.plusDays(6));
        return new SignalReport(phenomenon, null, first.start(), last.end(), null, null, area, null, count, null, List.of(), null,
                Reliability.OBSERVED, "feed:" + area + ":" + week + ":" + phenomenon, null);
    }

    /** The Monday of an ISO week (2026-W47) or a Monday's date (2026-11-16). */
    static LocalDate monday(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput("week", "signals.import.feed.week", "Say the week: 2026-W47 or the Monday's date, 2026-11-16.", "");
        }
        String s = text.strip().toUpperCase(Locale.ROOT);
        try {
            if (s.contains("W")) {
                return LocalDate.parse(s + "-1", DateTimeFormatter.ISO_WEEK_DATE);
            }
            LocalDate date = LocalDate.parse(s);
            if (date.getDayOfWeek() == DayOfWeek.MONDAY) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // the message below
        }
        throw new InvalidInput("week", "signals.import.feed.week", "week '" + text.strip() + "' is not a week: write 2026-W47 or the Monday's date, 2026-11-16.",
                text.strip());
    }

    /** The input, to close after the import. */
    public InputStream input() {
        return input;
    }
}
