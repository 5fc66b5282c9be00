package fi.turvaverkko.signals.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fi.turvaverkko.access.Classification;
import fi.turvaverkko.platform.Csv;
import fi.turvaverkko.platform.Enums;
import fi.turvaverkko.platform.InvalidInput;
import fi.turvaverkko.signals.Channel;
import fi.turvaverkko.signals.Phenomena;
import fi.turvaverkko.signals.PhenomenonCategory;
import fi.turvaverkko.signals.Reliability;
import fi.turvaverkko.signals.Reported;
import fi.turvaverkko.signals.SignalFilter;
import fi.turvaverkko.signals.SignalPage;
import fi.turvaverkko.signals.SignalReport;
import fi.turvaverkko.signals.SignalStatus;
import fi.turvaverkko.signals.SignalView;
import fi.turvaverkko.signals.Signals;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

@Tag(name = "Signals", description = "Safety signals: observations of a phenomenon at a place and time, with a count. Every read goes "
        + "through the access policy: a RESTRICTED signal is visible only to its source organisation and those it is shared with. "
        + "Descriptions never contain personal identity codes, phone numbers or e-mail addresses (refused with 400).")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@RestController
@RequestMapping("/api")
class SignalApiController {

    static final int MAX_GEOJSON_FEATURES = 5000;

    private final Signals signals;
    private final Phenomena phenomena;
    private final JsonMapper json = JsonMapper.builder().build();

    SignalApiController(Signals signals, Phenomena phenomena) {
        this.signals = signals;
        this.phenomena = phenomena;
    }

    /** A signal as a source sends it. */
    record SignalRequest(String phenomenon, String observedAt, String observedFrom, String observedTo, Double lat, Double lon,
            String areaCode, String description, Integer count, String classification, List<String> sharedWith,
            String legalBasis, String reliability, String externalId, String source) {

        SignalReport toReport() {
            return new SignalReport(phenomenon, instant("observedAt", observedAt), instant("observedFrom", observedFrom),
                    instant("observedTo", observedTo), lat, lon, areaCode, description, count,
                    classification == null ? null : Classification.find(classification).orElseThrow(() -> new InvalidInput(
                            "classification", "classification must be PUBLIC, INTERNAL or RESTRICTED; got '" + classification + "'.")),
                    sharedWith, legalBasis, reliability == null ? null : Enums.parse(Reliability.class, "reliability", reliability),
                    externalId, source);
        }
    }

    record ReportedResponse(long id, boolean created, String location) {
    }

    record TriageRequest(String status, String note, Long linkedSignal) {
    }

    record SignalJson(long id, String phenomenon, Instant observedFrom, Instant observedTo, String areaCode, Double lat, Double lon,
            int count, String description, String source, String channel, String reliability, String classification,
            List<String> sharedWith, String legalBasis, String externalId, String status, String statusNote, Long linkedSignal,
            Instant reportedAt, boolean demo) {
    }

    record SignalListJson(List<SignalJson> items, long total, int page, int size) {
    }

    record PhenomenonJson(String code, String category, String nameFi, String nameSv, String nameEn, boolean active) {
    }

    @Operation(summary = "Report a signal", description = "JSON: phenomenon (code), observedAt or observedFrom+observedTo (ISO-8601), "
            + "lat+lon (WGS84) or areaCode, description, count (default 1), classification (default by source: police and child "
            + "welfare RESTRICTED shared with the Safety and Preparedness Unit, others INTERNAL), sharedWith (organisation or body "
            + "codes; required for RESTRICTED), legalBasis, reliability (OBSERVED, REPORTED, UNCONFIRMED), externalId (re-sending it "
            + "from the same source updates the signal: 200 instead of 201), source (organisation code, when the reporter has several). "
            + "201 with the id once the signal is committed.")
    @PostMapping(path = "/signals", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ReportedResponse> report(@RequestBody SignalRequest request) {
        if (request == null) {
            throw new InvalidInput(null, "Send the signal as a JSON object.");
        }
        Reported reported = signals.report(request.toReport(), Channel.API);
        String location = "/api/signals/" + reported.id();
        return ResponseEntity.status(reported.created() ? HttpStatus.CREATED : HttpStatus.OK).location(URI.create(location))
                .body(new ReportedResponse(reported.id(), reported.created(), location));
    }

    @Operation(summary = "One signal", description = "404 when there is none or the reader may not see it. Reading a RESTRICTED signal is audited.")
    @GetMapping("/signals/{id}")
    SignalJson signal(@PathVariable long id) {
        return toJson(signals.getSignal(id), signals.organisationCodes(), signals.bodyCodes());
    }

    @Operation(summary = "Signals the reader may see", description = "Filters: area (a code; includes every area beneath it), "
            + "phenomenon (codes, comma-separated or repeated), from/to (ISO-8601 instant or date; signals observed in the range), "
            + "status, source (organisation code), channel. Newest first, paged (size up to 1000). format=json (default), "
            + "geojson (points only; at most 5000 features per page, areas without a point are left out) or csv (every match, "
            + "streamed, UTF-8 with BOM).")
    @GetMapping("/signals")
    void list(@RequestParam(required = false) String area, @RequestParam(required = false) List<String> phenomenon,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) List<String> status, @RequestParam(required = false) String source,
            @RequestParam(required = false) String channel,
            @Parameter(description = "json, geojson or csv") @RequestParam(defaultValue = "json") String format,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size,
            HttpServletResponse response) throws IOException {
        SignalFilter filter = filter(area, phenomenon, from, to, status, source, channel);
        Map<Long, String> organisationCodes = signals.organisationCodes();
        Map<Long, String> bodyCodes = signals.bodyCodes();
        switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> {
                SignalPage found = signals.listSignals(filter, page, size);
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                json.writeValue(response.getOutputStream(), new SignalListJson(
                        found.signals().stream().map(s -> toJson(s, organisationCodes, bodyCodes)).toList(), found.total(), page, size));
            }
            case "geojson" -> {
                if (size > MAX_GEOJSON_FEATURES) {
                    throw new InvalidInput("size", "A GeoJSON page has at most " + MAX_GEOJSON_FEATURES + " features.");
                }
                SignalPage found = signals.listSignals(filter, page, Math.min(size, Signals.MAX_PAGE_SIZE * 5));
                response.setContentType("application/geo+json");
                Map<String, Object> collection = new LinkedHashMap<>();
                collection.put("type", "FeatureCollection");
                collection.put("total", found.total());
                collection.put("features", found.signals().stream().filter(SignalView::hasPoint).map(s -> {
                    Map<String, Object> feature = new LinkedHashMap<>();
                    feature.put("type", "Feature");
                    feature.put("id", s.id());
                    feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(s.longitude(), s.latitude())));
                    feature.put("properties", toJson(s, organisationCodes, bodyCodes));
                    return feature;
                }).toList());
                json.writeValue(response.getOutputStream(), collection);
            }
            case "csv" -> {
                response.setContentType("text/csv; charset=UTF-8");
                response.setHeader("Content-Disposition", "attachment; filename=\"signals.csv\"");
                Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
                out.write(Csv.BYTE_ORDER_MARK + "id,phenomenon,observed_from,observed_to,area_code,lat,lon,count,description,source,channel,"
                        + "reliability,classification,shared_with,status,external_id,reported_at,demo\r\n");
                signals.forEachSignal(filter, s -> {
                    SignalJson j = toJson(s, organisationCodes, bodyCodes);
                    try {
                        out.write(j.id() + "," + j.phenomenon() + "," + j.observedFrom() + "," + j.observedTo() + "," + j.areaCode() + ","
                                + (j.lat() == null ? "" : j.lat()) + "," + (j.lon() == null ? "" : j.lon()) + "," + j.count() + ","
                                + Csv.quote(j.description()) + "," + Csv.quote(j.source()) + "," + j.channel() + "," + j.reliability() + ","
                                + j.classification() + "," + Csv.quote(String.join(" ", j.sharedWith())) + "," + j.status() + ","
                                + Csv.quote(j.externalId()) + "," + j.reportedAt() + "," + j.demo() + "\r\n");
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                out.flush();
            }
            default -> throw new InvalidInput("format", "format is json, geojson or csv; got '" + format + "'.");
        }
    }

    @Operation(summary = "Triage a signal", description = "Coordinators, police coordinators and analysts: status NEW, TRIAGED, "
            + "LINKED (with linkedSignal, the signal it belongs with) or CLOSED, with a note. Allowed moves: NEW → TRIAGED/LINKED/CLOSED, "
            + "TRIAGED → LINKED/CLOSED/NEW, LINKED → TRIAGED/CLOSED, CLOSED → TRIAGED.")
    @PostMapping(path = "/signals/{id}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    SignalJson triage(@PathVariable long id, @RequestBody TriageRequest request) {
        if (request == null || request.status() == null) {
            throw new InvalidInput("status", "Say the new status.");
        }
        SignalView signal = signals.triage(id, Enums.parse(SignalStatus.class, "status", request.status()), request.note(), request.linkedSignal());
        return toJson(signal, signals.organisationCodes(), signals.bodyCodes());
    }

    @Operation(summary = "Possible duplicates", description = "Signals of the same phenomenon within 200 m and 48 hours that the reader may see.")
    @GetMapping("/signals/{id}/duplicates")
    List<SignalJson> duplicates(@PathVariable long id) {
        Map<Long, String> organisationCodes = signals.organisationCodes();
        Map<Long, String> bodyCodes = signals.bodyCodes();
        return signals.listPossibleDuplicates(signals.getSignal(id)).stream().map(s -> toJson(s, organisationCodes, bodyCodes)).toList();
    }

    @Operation(summary = "The phenomena", description = "The two-level taxonomy: categories with their phenomena (codes for reporting).")
    @GetMapping("/phenomena")
    List<PhenomenonJson> phenomena(@RequestParam(defaultValue = "false") boolean withRetired) {
        return phenomena.listCategories(withRetired).stream()
                .flatMap((PhenomenonCategory c) -> c.phenomena().stream()
                        .map(p -> new PhenomenonJson(p.code(), c.code(), p.nameFi(), p.nameSv(), p.nameEn(), p.active())))
                .toList();
    }

    // -------------------------------------------------------------------------------------------------------------

    SignalFilter filter(String area, List<String> phenomenon, String from, String to, List<String> status, String source,
            String channel) {
        Set<String> phenomenonCodes = phenomenon == null ? Set.of() : phenomenon.stream()
                .flatMap(p -> Arrays.stream(p.split(","))).map(String::strip).filter(p -> !p.isEmpty()).collect(Collectors.toSet());
        Set<SignalStatus> statuses = status == null ? Set.of() : status.stream().flatMap(s -> Arrays.stream(s.split(",")))
                .map(String::strip).filter(s -> !s.isEmpty()).map(s -> Enums.parse(SignalStatus.class, "status", s)).collect(Collectors.toSet());
        return new SignalFilter(area == null || area.isBlank() ? null : area.strip(), phenomenonCodes, bound("from", from, false),
                bound("to", to, true), statuses, source == null || source.isBlank() ? null : sourceId(source),
                channel == null || channel.isBlank() ? null : Enums.parse(Channel.class, "channel", channel));
    }

    private Long sourceId(String code) {
        return signals.organisationCodes().entrySet().stream().filter(e -> e.getValue().equals(code.strip())).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new InvalidInput("source", "There is no organisation " + code.strip() + "."));
    }

    /** An ISO instant, or a date: its start (from) or the start of the next day (to), in Helsinki. */
    static Instant bound(String name, String value, boolean end) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day).atStartOfDay(java.time.ZoneId.of("Europe/Helsinki")).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(name, name + " is an ISO-8601 date (2026-11-23) or instant (2026-11-23T08:00:00Z); got '" + value + "'.");
        }
    }

    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return java.time.LocalDateTime.parse(value).atZone(java.time.ZoneId.of("Europe/Helsinki")).toInstant();
            } catch (DateTimeParseException e2) {
                throw new InvalidInput(name, name + " is an ISO-8601 time, e.g. 2026-11-23T08:00:00Z or 2026-11-23T10:00 (Helsinki time); got '"
                        + value + "'.");
            }
        }
    }

    static SignalJson toJson(SignalView s, Map<Long, String> organisationCodes, Map<Long, String> bodyCodes) {
        List<String> shared = new java.util.ArrayList<>();
        s.sharedOrganisations().forEach(id -> shared.add(organisationCodes.getOrDefault(id, String.valueOf(id))));
        s.sharedBodies().forEach(id -> shared.add(bodyCodes.getOrDefault(id, String.valueOf(id))));
        return new SignalJson(s.id(), s.phenomenonCode(), s.observedFrom(), s.observedTo(), s.areaCode(), s.latitude(), s.longitude(),
                s.count(), s.description(), s.sourceOrganisationId() == null ? null : organisationCodes.get(s.sourceOrganisationId()),
                s.channel().name(), s.reliability().name(), s.classification().name(), shared, s.legalBasis(), s.externalId(),
                s.status().name(), s.statusNote(), s.linkedSignalId(), s.reportedAt(), s.demo());
    }
}
