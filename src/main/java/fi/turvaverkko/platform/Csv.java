package fi.turvaverkko.platform;

/** Fields of the CSV files the application writes (RFC 4180, UTF-8 with a byte order mark so that spreadsheets read å ä ö). */
public final class Csv {

    /** Starts every file, so that spreadsheets take it as UTF-8. */
    public static final String BYTE_ORDER_MARK = "\uFEFF";

    private Csv() {
    }

    /** A text field, quoted; empty for null. A leading = + - @ would be a formula in a spreadsheet, so it gets a '. */
    public static String quote(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.matches("(?s)^[=+\\-@].*") ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
