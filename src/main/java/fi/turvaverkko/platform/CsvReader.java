package fi.turvaverkko.platform;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A streaming RFC 4180 reader: one record at a time from a UTF-8 stream, never the whole file in memory. The
 * separator is a comma, or a semicolon when the header line has more semicolons than commas (what Excel writes with
 * Finnish settings). Quoted fields may hold separators, doubled quotes and line breaks. A malformed record (a quote
 * inside an unquoted field, text after a closing quote, a quote never closed) is reported as that record's
 * {@link #problem()} and the reader goes on with the next line. Blank lines are skipped.
 * <p>
 * Messages are named under a prefix of the caller's bundle ({@code signals.import}, {@code plans.bulk}, …):
 * {@code <prefix>.csv.quote-in-field}, {@code .csv.text-after-quote}, {@code .csv.quote-not-closed} and
 * {@code <prefix>.invalid.encoding} (argument: the line).
 */
public final class CsvReader implements Closeable {

    /** What is wrong with a malformed record: English text and a message key under {@code <prefix>.csv.}. */
    public enum Problem {
        QUOTE_IN_FIELD("A quote (\") inside a field that does not start with a quote: quote the whole field and double the quote inside it."),
        TEXT_AFTER_QUOTE("Text after the closing quote of a field: a quoted field ends with the quote, then a separator or the end of the line."),
        QUOTE_NOT_CLOSED("A quoted field is not closed before the end of the file.");

        private final String english;

        Problem(String english) {
            this.english = english;
        }

        public String english() {
            return english;
        }

        public String messageKey(String prefix) {
            return prefix + ".csv." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private static final int BUFFER = 1 << 16;

    private final Reader in;
    private final String messagePrefix;
    private final char[] buffer = new char[BUFFER];
    private int position;
    private int length;
    private char separator = ',';
    private final StringBuilder field = new StringBuilder(128);
    private String[] fields = new String[24];
    private int count;
    private long line = 1;
    private long recordLine;
    private Problem problem;

    /** A reader of the UTF-8 stream; {@code messagePrefix} names the caller's messages (see above). */
    public CsvReader(InputStream input, String messagePrefix) {
        this.messagePrefix = messagePrefix;
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.in = new InputStreamReader(input, decoder);
    }

    /** Reads the header record and chooses the separator from it; null when the input is empty. */
    public String[] header() throws IOException {
        if (!fill()) {
            return null;
        }
        if (buffer[position] == '\uFEFF') {
            position++;
        }
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = position; i < length && (quoted || (buffer[i] != '\n' && buffer[i] != '\r')); i++) {
            char c = buffer[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        separator = semicolons > commas ? ';' : ',';
        if (!next()) {
            return null;
        }
        return Arrays.copyOf(fields, count);
    }

    public char separator() {
        return separator;
    }

    /** Reads the next non-blank record; false at the end of the input. */
    public boolean next() throws IOException {
        while (true) {
            count = 0;
            problem = null;
            if (!fill()) {
                return false;
            }
            recordLine = line;
            char first = buffer[position];
            if (first == '\n' || first == '\r') {
                endOfLine();
                continue;
            }
            readRecord();
            return true;
        }
    }

    /** The fields of the record (valid up to {@link #size()}). */
    public String get(int index) {
        return index < count ? fields[index] : null;
    }

    public int size() {
        return count;
    }

    /** The line of the file where the record starts (1 is the header). */
    public long line() {
        return recordLine;
    }

    /** Why the record is malformed, or null. */
    public Problem problem() {
        return problem;
    }

    private void readRecord() throws IOException {
        while (true) {
            int end = readField();
            if (end != separator) {
                return;
            }
        }
    }

    /** Reads one field and what ended it: the separator, '\n' (end of record) or -1 (end of input). */
    private int readField() throws IOException {
        if (!fill()) {
            add("");
            return -1;
        }
        if (buffer[position] == '"') {
            position++;
            return readQuoted();
        }
        field.setLength(0);
        while (true) {
            int start = position;
            while (position < length) {
                char c = buffer[position];
                if (c == separator || c == '\n' || c == '\r' || c == '"') {
                    break;
                }
                position++;
            }
            if (position < length) {
                char c = buffer[position];
                String value = field.isEmpty() ? new String(buffer, start, position - start)
                        : field.append(buffer, start, position - start).toString();
                if (c == '"') {
                    malformed(Problem.QUOTE_IN_FIELD);
                    return '\n';
                }
                add(value);
                if (c == separator) {
                    position++;
                    return separator;
                }
                endOfLine();
                return '\n';
            }
            field.append(buffer, start, position - start);
            if (!fill()) {
                add(field.toString());
                return -1;
            }
        }
    }

    private int readQuoted() throws IOException {
        field.setLength(0);
        while (true) {
            if (!fill()) {
                malformed(Problem.QUOTE_NOT_CLOSED);
                return -1;
            }
            char c = buffer[position++];
            if (c == '"') {
                if (!fill()) {
                    add(field.toString());
                    return -1;
                }
                char after = buffer[position];
                if (after == '"') {
                    field.append('"');
                    position++;
                } else if (after == separator) {
                    position++;
                    add(field.toString());
                    return separator;
                } else if (after == '\n' || after == '\r') {
                    add(field.toString());
                    endOfLine();
                    return '\n';
                } else {
                    malformed(Problem.TEXT_AFTER_QUOTE);
                    return '\n';
                }
            } else {
                if (c == '\n') {
                    line++;
                } else if (c == '\r' && (!fill() || buffer[position] != '\n')) {
                    line++;
                }
                field.append(c);
            }
        }
    }

    /** Marks the record malformed and skips the rest of its line. */
    private void malformed(Problem what) throws IOException {
        problem = what;
        while (fill()) {
            char c = buffer[position];
            if (c == '\n' || c == '\r') {
                endOfLine();
                return;
            }
            position++;
        }
    }

    /** Consumes one line break (\n, \r\n or \r) at the position. */
    private void endOfLine() throws IOException {
        char c = buffer[position++];
        if (c == '\r' && fill() && buffer[position] == '\n') {
            position++;
        }
        line++;
    }

    private void add(String value) {
        if (count == fields.length) {
            fields = Arrays.copyOf(fields, count * 2);
        }
        fields[count++] = value;
    }

    /** True when a character is available at the position. */
    private boolean fill() throws IOException {
        if (position < length) {
            return true;
        }
        if (length < 0) {
            return false;
        }
        try {
            int read;
            do {
                read = in.read(buffer, 0, BUFFER);
            } while (read == 0);
            position = 0;
            length = read;
            return read > 0;
        } catch (CharacterCodingException e) {
            throw new InvalidInput("file", messagePrefix + ".invalid.encoding",
                    "The file is not UTF-8 text near line " + line + ". Save it as UTF-8 (in Excel: \"CSV UTF-8\").", line);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
