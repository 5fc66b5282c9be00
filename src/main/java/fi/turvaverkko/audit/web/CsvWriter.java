package fi.turvaverkko.audit.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as RFC 4180 says (comma, CRLF, fields with a comma, quote or line break in double quotes, quotes doubled), in
 * UTF-8 with a byte order mark so that Excel reads å, ä and ö. A text that a spreadsheet would take for a formula
 * (starting with =, +, -, @, tab or carriage return) gets a leading apostrophe: a failed sign-in's username is typed
 * by anyone.
 */
final class CsvWriter implements AutoCloseable {

    private final Writer out;

    CsvWriter(OutputStream stream) {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        write("\uFEFF");
    }

    /** One row; null is an empty field. */
    void row(List<?> fields) {
        var line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            Object field = fields.get(i);
            if (field instanceof Number number) {
                line.append(number);
            } else if (field != null) {
                line.append(quote(defuse(field.toString())));
            }
        }
        write(line.append("\r\n").toString());
    }

    static String quote(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    static String defuse(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
