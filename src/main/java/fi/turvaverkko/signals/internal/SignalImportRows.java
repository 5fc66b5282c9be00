package fi.turvaverkko.signals.internal;

import java.io.IOException;

import fi.turvaverkko.signals.SignalReport;

/** The rows of an import, one at a time, each turned into a report (a CSV file, the police feed). */
interface SignalImportRows {

    /** Moves to the next row; false at the end. */
    boolean next() throws IOException;

    /** The data row (1 = the first after the header). */
    long row();

    /** The line of the file where the row starts, when the format has lines (else the row). */
    long line();

    /** The row as a report; an {@link fi.turvaverkko.platform.InvalidInput} naming the column when it cannot be read. */
    SignalReport report();

    /** The name of this format's column for a field of {@link SignalReport} as the rules name it. */
    String column(String field);
}
