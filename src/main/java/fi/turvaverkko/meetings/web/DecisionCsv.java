package fi.turvaverkko.meetings.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import fi.turvaverkko.meetings.Views.DecisionView;

/** Decisions as CSV (RFC 4180, UTF-8 with a byte order mark so that spreadsheets read å ä ö). */
final class DecisionCsv {

    private DecisionCsv() {
    }

    static byte[] write(List<DecisionView> decisions) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append("id,reference,body_id,meeting_id,title,text,classification,legal_basis,created_at\r\n");
        for (DecisionView d : decisions) {
            out.append(d.id()).append(',').append(quote(d.reference())).append(',').append(d.bodyId()).append(',')
                    .append(d.meetingId()).append(',').append(quote(d.title())).append(',').append(quote(d.text())).append(',')
                    .append(d.classification()).append(',').append(quote(d.legalBasis())).append(',').append(d.createdAt())
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String quote(String value) {
        if (value == null) {
            return "";
        }
        // a leading = + - @ would be a formula in a spreadsheet
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
