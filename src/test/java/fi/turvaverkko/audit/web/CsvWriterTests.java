package fi.turvaverkko.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvWriterTests {

    static String write(List<?>... rows) throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var csv = new CsvWriter(bytes)) {
            for (var row : rows) {
                csv.row(row);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void startsWithAByteOrderMarkAndEndsLinesWithCrLf() throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var csv = new CsvWriter(bytes)) {
            csv.row(List.of("id", "actor"));
            csv.row(List.of(1L, "käyttäjä"));
        }
        byte[] written = bytes.toByteArray();
        assertThat(Arrays.copyOf(written, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo("\uFEFFid,actor\r\n1,käyttäjä\r\n");
    }

    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaksAsRfc4180Says() throws Exception {
        assertThat(write(Arrays.asList("a,b", "say \"hi\"", "two\nlines", "cr\rhere", null, "plain")))
                .isEqualTo("\uFEFF\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",,plain\r\n");
    }

    @Test
    void keepsSpreadsheetsFromTakingTypedTextForAFormula() throws Exception {
        assertThat(write(List.of("=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)", "ok=1")))
                .isEqualTo("\uFEFF\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-1,'@SUM(A1),ok=1\r\n");
        assertThat(write(List.of(-1L))).as("numbers are numbers").isEqualTo("\uFEFF-1\r\n");
    }
}
