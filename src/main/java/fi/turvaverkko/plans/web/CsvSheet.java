package fi.turvaverkko.plans.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import fi.turvaverkko.platform.CsvReader;
import fi.turvaverkko.platform.InvalidInput;

/**
 * A plans CSV file read whole (they are small: a plan's actions or a round of progress reports): a header naming the
 * columns in any order, then the rows. Comma or semicolon separated (what Excel writes with Finnish settings), RFC 4180
 * quoting, UTF-8 with or without a byte order mark. Unknown or repeated columns, missing required ones, malformed rows and
 * rows of the wrong width are problems of the file; the caller checks the cells.
 */
final class CsvSheet {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_ROWS = 5_000;

    /** A file larger than {@link #MAX_BYTES}. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("The file is larger than " + MAX_BYTES / (1024 * 1024) + " MB.");
        }
    }

    /** One well-formed row: its number (1 = the first after the header), the line where it starts, its cells by column. */
    record Row(long number, long line, Map<String, String> cells) {
        String get(String column) {
            return cells.get(column);
        }

        boolean has(String column) {
            return cells.containsKey(column);
        }
    }

    final Set<String> columns = new LinkedHashSet<>();
    final List<Row> rows = new ArrayList<>();
    /** All data rows read, malformed ones included. */
    int rowCount;

    private CsvSheet() {
    }

    /**
     * Reads the file. {@code columns} are those the import reads, {@code ignored} those the export writes for people to read
     * (taken without a word), {@code required} must be in the header. Problems are added to {@code problems}.
     */
    static CsvSheet read(InputStream input, List<String> columns, Set<String> ignored, Set<String> required,
            List<CsvImportReport.Problem> problems) throws IOException {
        byte[] bytes = input.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new TooLarge();
        }
        CsvSheet sheet = new CsvSheet();
        try (CsvReader csv = new CsvReader(new ByteArrayInputStream(bytes), "plans.bulk")) {
            String[] header = csv.header();
            if (header == null) {
                problems.add(new CsvImportReport.Problem(0, 1, null, "plans.bulk.header.empty",
                        new Object[] { String.join(", ", columns) }, "The file is empty: its first line names the columns ("
                                + String.join(", ", columns) + ")."));
                return sheet;
            }
            Map<String, String> known = new HashMap<>();
            columns.forEach(c -> known.put(normal(c), c));
            ignored.forEach(c -> known.put(normal(c), c));
            String[] names = new String[header.length];
            for (int i = 0; i < header.length; i++) {
                String name = header[i] == null ? "" : header[i].strip();
                String column = known.get(normal(name));
                if (column == null) {
                    String shown = name.isEmpty() ? "(" + (i + 1) + ")" : name;
                    problems.add(new CsvImportReport.Problem(0, 1, shown, "plans.bulk.header.unknown",
                            new Object[] { shown, String.join(", ", columns) },
                            "Unknown column " + shown + ". The columns are: " + String.join(", ", columns) + "."));
                } else if (sheet.columns.contains(column)) {
                    problems.add(new CsvImportReport.Problem(0, 1, column, "plans.bulk.header.twice", new Object[] { column },
                            "The column " + column + " is in the header twice."));
                } else {
                    names[i] = column;
                    sheet.columns.add(column);
                }
            }
            for (String column : required) {
                if (!sheet.columns.contains(column)) {
                    problems.add(new CsvImportReport.Problem(0, 1, column, "plans.bulk.header.missing", new Object[] { column },
                            "The header has no column " + column + "."));
                }
            }
            sheet.columns.removeAll(ignored);
            while (csv.next()) {
                sheet.rowCount++;
                long number = sheet.rowCount;
                if (number > MAX_ROWS) {
                    problems.add(new CsvImportReport.Problem(number, csv.line(), null, "plans.bulk.too-many-rows",
                            new Object[] { MAX_ROWS }, "A file has at most " + MAX_ROWS + " rows."));
                    break;
                }
                if (csv.problem() != null) {
                    problems.add(new CsvImportReport.Problem(number, csv.line(), null, csv.problem().messageKey("plans.bulk"),
                            new Object[0], csv.problem().english()));
                    continue;
                }
                if (csv.size() != header.length) {
                    problems.add(new CsvImportReport.Problem(number, csv.line(), null, "plans.bulk.csv.width",
                            new Object[] { csv.size(), header.length }, "The row has " + csv.size() + " fields; the header has "
                                    + header.length + "."));
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    if (names[i] != null && !ignored.contains(names[i])) {
                        cells.put(names[i], csv.get(i));
                    }
                }
                sheet.rows.add(new Row(number, csv.line(), cells));
            }
        } catch (InvalidInput e) {
            // not UTF-8
            problems.add(new CsvImportReport.Problem(0, 0, null, e.messageKey(), e.arguments(), e.getMessage()));
        }
        return sheet;
    }

    /** "Starts on", "starts-on", "STARTS_ON" and "startsOn" all name starts_on. */
    static String normal(String name) {
        StringBuilder s = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '_' && c != '-' && c != ' ' && c != '\uFEFF') {
                s.append(Character.toLowerCase(c));
            }
        }
        return s.toString().toLowerCase(Locale.ROOT);
    }
}
