package fi.turvaverkko.meetings.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import fi.turvaverkko.meetings.Views.DecisionView;
import fi.turvaverkko.platform.Csv;

/** Decisions as CSV (RFC 4180, UTF-8 with a byte order mark so that spreadsheets read å ä ö). */
final class DecisionCsv {

    private DecisionCsv() {
    }

    static byte[] write(List<DecisionView> decisions) {
        StringBuilder out = new StringBuilder(Csv.BYTE_ORDER_MARK);
        out.append("id,reference,body_id,meeting_id,title,text,classification,legal_basis,created_at\r\n");
        for (DecisionView d : decisions) {
            out.append(d.id()).append(',').append(Csv.quote(d.reference())).append(',').append(d.bodyId()).append(',')
                    .append(d.meetingId()).append(',').append(Csv.quote(d.title())).append(',').append(Csv.quote(d.text())).append(',')
                    .append(d.classification()).append(',').append(Csv.quote(d.legalBasis())).append(',').append(d.createdAt())
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
