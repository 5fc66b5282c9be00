package fi.turvaverkko.plans.web;

import java.util.List;

/**
 * What an import of a plans CSV file did, or why it did nothing. {@code saved} is true only when every row was good and
 * all of them were saved in one transaction; otherwise {@code problems} names the rows and nothing was saved.
 */
record CsvImportReport(String kind, int rows, int created, int updated, int unchanged, boolean saved, List<Problem> problems,
        boolean problemsTruncated) {

    /** At most this many problems are listed; {@link #invalidRows()} counts them all. */
    static final int MAX_PROBLEMS = 500;

    /**
     * One problem: the data row (1 = the first row after the header; 0 = the file or its header), the line of the file
     * where the row starts, the column (null: the row as a whole), a message key with its arguments, and English text.
     */
    record Problem(long row, long line, String column, String messageKey, Object[] arguments, String message) {
        public Problem {
            // ids and row numbers are shown as they are, not as "1 234"
            arguments = arguments == null ? new Object[0]
                    : java.util.Arrays.stream(arguments).map(a -> a instanceof Long || a instanceof Integer ? a.toString() : a).toArray();
        }
    }

    static CsvImportReport refused(String kind, int rows, List<Problem> problems) {
        return new CsvImportReport(kind, rows, 0, 0, 0, false, problems.stream().limit(MAX_PROBLEMS).toList(),
                problems.size() > MAX_PROBLEMS);
    }

    /** The number of rows with a problem (the header counts as row 0). */
    public long invalidRows() {
        return problems.stream().mapToLong(Problem::row).distinct().count();
    }
}
