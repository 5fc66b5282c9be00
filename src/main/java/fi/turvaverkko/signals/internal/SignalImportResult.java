package fi.turvaverkko.signals.internal;

import java.util.List;

import fi.turvaverkko.access.Classification;

/**
 * What an import did. {@code rowsRead = written + updated + refused}; when an all-or-nothing import finds a bad row
 * nothing is kept ({@link #committed()} false, written and updated 0). At most {@link SignalImport#MAX_PROBLEMS}
 * problems are listed; {@code refused} counts them all.
 */
public record SignalImportResult(long rowsRead, long written, long updated, long refused, SignalImportMode mode,
        List<Problem> problems, boolean problemsTruncated, boolean committed, Classification highestClassification) {

    /**
     * One bad row: {@code row} is the data row (1 = the first row after the header), {@code line} the line of the file
     * where it starts (the header is line 1), {@code field} the column; the message in English with its key and
     * arguments for pages.
     */
    public record Problem(long row, long line, String field, String message, String messageKey, Object[] arguments) {
    }

    public boolean refusedAll() {
        return !committed;
    }
}
