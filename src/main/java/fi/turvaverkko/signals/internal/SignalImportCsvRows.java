package fi.turvaverkko.signals.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import fi.turvaverkko.access.Classification;
import fi.turvaverkko.platform.CsvReader;
import fi.turvaverkko.platform.InvalidInput;
import fi.turvaverkko.signals.Reliability;
import fi.turvaverkko.signals.SignalReport;

/**
 * The rows of a CSV import file (format: docs/signals-import.md). The header names the columns in any order; an
 * unknown or repeated column, or a header without a phenomenon, a time or a place, refuses the file before any row.
 */
final class SignalImportCsvRows implements SignalImportRows {

    /** The columns an import file may have. */
    enum Column {
        PHENOMENON("phenomenon"), OBSERVED_AT("observedAt"), OBSERVED_FROM("observedFrom"), OBSERVED_TO("observedTo"),
        LAT("lat"), LON("lon"), AREA_CODE("areaCode"), COUNT("count"), DESCRIPTION("description"), RELIABILITY("reliability"),
        CLASSIFICATION("classification"), SHARED_WITH("sharedWith"), LEGAL_BASIS("legalBasis"), EXTERNAL_ID("externalId");

        /** The field of the report (and of the rules' messages). */
        final String field;

        Column(String field) {
            this.field = field;
        }

        String header() {
            return name().toLowerCase(Locale.ROOT);
        }

        static String all() {
            return Arrays.stream(values()).map(Column::header).collect(Collectors.joining(", "));
        }
    }

    private static final Map<String, Column> BY_NAME = new java.util.HashMap<>();
    private static final Map<String, String> COLUMN_OF_FIELD = new java.util.HashMap<>();

    static {
        for (Column column : Column.values()) {
            BY_NAME.put(normal(column.header()), column);
            COLUMN_OF_FIELD.put(column.field, column.header());
        }
        BY_NAME.put("latitude", Column.LAT);
        BY_NAME.put("longitude", Column.LON);
        BY_NAME.put("area", Column.AREA_CODE);
    }

    private final CsvReader csv;
    private final int[] index = new int[Column.values().length];
    private final int width;
    private final boolean decimalComma;
    private long row;

    SignalImportCsvRows(InputStream input) throws IOException {
        this.csv = new CsvReader(input, "signals.import");
        String[] header = csv.header();
        if (header == null) {
            throw new InvalidInput("header", "signals.import.header.empty", "The file is empty: the first line names the columns ("
                    + Column.all() + ").");
        }
        Arrays.fill(index, -1);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            String name = header[i] == null ? "" : header[i].strip();
            Column column = BY_NAME.get(normal(name));
            if (column == null) {
                unknown.add(name.isEmpty() ? "(" + (i + 1) + ": empty)" : name);
            } else if (index[column.ordinal()] >= 0) {
                throw new InvalidInput("header", "signals.import.header.twice", "The column " + column.header() + " is in the header twice.",
                        column.header());
            } else {
                index[column.ordinal()] = i;
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInput("header", "signals.import.header.unknown", "Unknown columns: " + String.join(", ", unknown)
                    + ". The columns are: " + Column.all() + ".", String.join(", ", unknown), Column.all());
        }
        if (!has(Column.PHENOMENON)) {
            throw new InvalidInput("header", "signals.import.header.phenomenon", "The header has no phenomenon column.");
        }
        if (!has(Column.OBSERVED_AT) && !(has(Column.OBSERVED_FROM) && has(Column.OBSERVED_TO))) {
            throw new InvalidInput("header", "signals.import.header.time", "The header says no time: observed_at, or observed_from and observed_to.");
        }
        if (!(has(Column.LAT) && has(Column.LON)) && !has(Column.AREA_CODE)) {
            throw new InvalidInput("header", "signals.import.header.place", "The header says no place: lat and lon, or area_code.");
        }
        this.width = header.length;
        this.decimalComma = csv.separator() == ';';
    }

    private static String normal(String name) {
        StringBuilder s = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '_' && c != '-' && c != ' ' && c != '\uFEFF') {
                s.append(Character.toLowerCase(c));
            }
        }
        return s.toString();
    }

    private boolean has(Column column) {
        return index[column.ordinal()] >= 0;
    }

    @Override
    public boolean next() throws IOException {
        if (!csv.next()) {
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
        return csv.line();
    }

    @Override
    public String column(String field) {
        return field == null ? "csv" : COLUMN_OF_FIELD.getOrDefault(field, field);
    }

    private String value(Column column) {
        int i = index[column.ordinal()];
        if (i < 0) {
            return null;
        }
        String value = csv.get(i);
        return value == null || value.isEmpty() || value.isBlank() ? null : value;
    }

    @Override
    public SignalReport report() {
        CsvReader.Problem problem = csv.problem();
        if (problem != null) {
            throw new InvalidInput(null, problem.messageKey("signals.import"), problem.english());
        }
        if (csv.size() != width) {
            throw new InvalidInput(null, "signals.import.csv.width", "The row has " + csv.size() + " fields; the header has " + width + ".",
                    csv.size(), width);
        }
        java.time.Instant at = null;
        java.time.Instant from = null;
        java.time.Instant to = null;
        String atText = value(Column.OBSERVED_AT);
        if (atText != null) {
            SignalImportTime.Value value = SignalImportTime.parse(atText, "observed_at");
            if (value.isDay()) {
                from = value.start();
                to = value.end();
            } else {
                at = value.start();
            }
        }
        String fromText = value(Column.OBSERVED_FROM);
        String toText = value(Column.OBSERVED_TO);
        if (fromText != null || toText != null) {
            if (atText != null) {
                throw new InvalidInput("observedAt", "signal.invalid.time-twice", "Give either observedAt or observedFrom and observedTo, not both.");
            }
            from = fromText == null ? null : SignalImportTime.parse(fromText, "observed_from").start();
            to = toText == null ? null : SignalImportTime.parse(toText, "observed_to").end();
        }
        return new SignalReport(value(Column.PHENOMENON), at, from, to, number(Column.LAT), number(Column.LON), value(Column.AREA_CODE),
                value(Column.DESCRIPTION), count(), classification(), shares(), value(Column.LEGAL_BASIS), reliability(),
                value(Column.EXTERNAL_ID), null);
    }

    private Double number(Column column) {
        String text = value(column);
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (decimalComma) {
            s = s.replace(',', '.');
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new InvalidInput(column.field, "signals.import.invalid.number", column.header() + " '" + text.strip()
                    + "' is not a number (WGS84 degrees, e.g. 60.1699).", column.header(), text.strip());
        }
    }

    private Integer count() {
        String text = value(Column.COUNT);
        if (text == null) {
            return null;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("count", "signals.import.invalid.count", "count '" + text.strip() + "' is not a whole number.", text.strip());
        }
    }

    private Classification classification() {
        String text = value(Column.CLASSIFICATION);
        if (text == null) {
            return null;
        }
        return Classification.find(text.strip().toUpperCase(Locale.ROOT)).orElseThrow(() -> new InvalidInput("classification",
                "signals.import.invalid.classification", "classification must be PUBLIC, INTERNAL or RESTRICTED, not '" + text.strip() + "'.",
                text.strip()));
    }

    private Reliability reliability() {
        String text = value(Column.RELIABILITY);
        if (text == null) {
            return null;
        }
        try {
            return Reliability.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("reliability", "signals.import.invalid.reliability",
                    "reliability must be OBSERVED, REPORTED or UNCONFIRMED, not '" + text.strip() + "'.", text.strip());
        }
    }

    private List<String> shares() {
        String text = value(Column.SHARED_WITH);
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[\\s|]+")).filter(s -> !s.isBlank()).toList();
    }

}
