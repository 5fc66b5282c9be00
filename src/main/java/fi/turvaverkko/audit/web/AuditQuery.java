package fi.turvaverkko.audit.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

import fi.turvaverkko.audit.AuditFilter;
import fi.turvaverkko.platform.InvalidInput;

/**
 * The filters of the audit page, its CSV export and {@code GET /api/audit}, as typed: {@code action} is a prefix;
 * {@code from} and {@code to} are days in Finnish time ({@code 2026-11-05}, {@code to} including the whole day) or
 * instants with an offset ({@code 2026-11-05T08:00:00Z}, {@code to} excluded).
 */
record AuditQuery(String actor, String action, String objectType, String objectId, String classification, String from,
        String to) {

    static final ZoneId FINNISH_TIME = ZoneId.of("Europe/Helsinki");

    static AuditQuery none() {
        return new AuditQuery(null, null, null, null, null, null, null);
    }

    /** The filter; {@link InvalidInput} names the parameter that is wrong. */
    AuditFilter toFilter() {
        return new AuditFilter(actor, action, objectType, objectId,
                classification == null ? null : classification.strip().toUpperCase(java.util.Locale.ROOT),
                time("from", from, false), time("to", to, true));
    }

    /** The non-empty parameters, for links that keep the filters (paging, CSV export). */
    Map<String, String> parameters() {
        var parameters = new LinkedHashMap<String, String>();
        put(parameters, "actor", actor);
        put(parameters, "action", action);
        put(parameters, "objectType", objectType);
        put(parameters, "objectId", objectId);
        put(parameters, "classification", classification);
        put(parameters, "from", from);
        put(parameters, "to", to);
        return parameters;
    }

    /** The path with the filters (and any extra parameters) as an encoded query string. */
    String link(String path, Map<String, Object> extra) {
        var builder = UriComponentsBuilder.fromPath(path);
        parameters().forEach(builder::queryParam);
        extra.forEach(builder::queryParam);
        return builder.encode().build().toUriString();
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null && !value.isBlank()) {
            parameters.put(name, value.strip());
        }
    }

    private static Instant time(String name, String value, boolean end) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (end ? day.plusDays(1) : day).atStartOfDay(FINNISH_TIME).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidInput(name, "'" + name + "' must be a day (2026-11-05) or an instant with an offset "
                    + "(2026-11-05T08:00:00Z); got '" + value + "'.");
        }
    }
}
