package fi.turvaverkko.areas.web;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fi.turvaverkko.areas.Area;
import fi.turvaverkko.areas.AreaLevel;
import fi.turvaverkko.areas.AreaPath;
import fi.turvaverkko.areas.Areas;
import fi.turvaverkko.areas.MapDocument;
import fi.turvaverkko.areas.Municipality;
import fi.turvaverkko.areas.ProjectedCoordinate;
import fi.turvaverkko.areas.WgsCoordinate;
import fi.turvaverkko.platform.InvalidInput;
import fi.turvaverkko.platform.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Areas", description = "Municipalities, the district hierarchy and locating a point in it. Boundaries: © Helsingin kaupunki (kaupunkimittauspalvelut), CC BY 4.0; © HSY / Helsingin seudun kunnat, CC BY 4.0.")
@RestController
@RequestMapping("/api")
class AreaApiController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final Areas areas;

    AreaApiController(Areas areas) {
        this.areas = areas;
    }

    @Operation(summary = "Areas as a GeoJSON FeatureCollection",
            description = "Current areas of a municipality and level. Feature properties: code, level, municipality, localCode, nameFi, nameSv, parentCode, validFrom. "
                    + "With simplify (metres), the areas of a level are simplified as a coverage: shared borders stay shared. Served with an ETag; send If-None-Match for a 304.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/geo+json"))
    @ApiResponse(responseCode = "400", description = "Unknown level or simplify out of range", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "Unknown municipality", content = @Content(mediaType = "application/problem+json"))
    @GetMapping(value = "/areas", produces = { "application/geo+json", MediaType.APPLICATION_JSON_VALUE })
    ResponseEntity<byte[]> areas(
            @Parameter(description = "Municipality code, e.g. 091 (Helsinki); all municipalities when left out") @RequestParam(required = false) String municipality,
            @Parameter(description = "MAJOR_DISTRICT, BASIC_DISTRICT, SUB_AREA or SMALL_AREA; all levels when left out") @RequestParam(required = false) String level,
            @Parameter(description = "Simplification tolerance in metres, 0 to 5000; 0 or left out: full detail") @RequestParam(defaultValue = "0") int simplify,
            @RequestHeader(value = "If-None-Match", required = false) String ifNoneMatch) {
        if (municipality != null && !municipality.matches("[0-9]{3}")) {
            throw new InvalidInput("municipality", "A municipality code is three digits, e.g. 091; got '" + municipality + "'.");
        }
        return send(areas.mapDocument(municipality, level(level), simplify), ifNoneMatch);
    }

    @Operation(summary = "An area and its children as a GeoJSON FeatureCollection, the area first")
    @GetMapping(value = "/areas/{code}/features", produces = { "application/geo+json", MediaType.APPLICATION_JSON_VALUE })
    ResponseEntity<byte[]> features(@PathVariable String code, @RequestParam(defaultValue = "0") int simplify,
            @RequestHeader(value = "If-None-Match", required = false) String ifNoneMatch) {
        return send(areas.mapDocumentWithChildren(code, simplify), ifNoneMatch);
    }

    @Operation(summary = "An area with its ancestors and children")
    @ApiResponse(responseCode = "404", description = "No current area has the code", content = @Content(mediaType = "application/problem+json"))
    @GetMapping("/areas/{code}")
    AreaDetail area(@PathVariable String code) {
        AreaPath path = areas.getPath(code);
        Area area = path.area();
        return new AreaDetail(area.code(), area.level(), area.nameFi(), area.nameSv(), area.parentCode(),
                area.municipalityCode(), area.localCode(), area.validFrom(), area.validTo(),
                Math.round(area.areaSquareMetres() / 10_000) / 100.0, new LabelPoint(area.labelLat(), area.labelLon()),
                path.areas().subList(0, path.areas().size() - 1).stream().map(AreaSummary::of).toList(),
                areas.listChildren(code).stream().map(AreaSummary::of).toList());
    }

    @Operation(summary = "The hierarchy at a point",
            description = "Give lat and lon (WGS84 degrees), or x and y with srid 3067 (ETRS-TM35FIN) or 3879 (ETRS-GK25). "
                    + "Answers the smallest area containing the point and every area above it. A point on a shared border gets exactly one area: "
                    + "the one with the lowest code.")
    @ApiResponse(responseCode = "200", description = "The areas from the largest down")
    @ApiResponse(responseCode = "400", description = "Missing, malformed or out-of-range coordinates", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "The point is outside every area", content = @Content(mediaType = "application/problem+json"))
    @GetMapping("/areas/locate")
    Located locate(@RequestParam(required = false) String lat, @RequestParam(required = false) String lon,
            @RequestParam(required = false) String x, @RequestParam(required = false) String y,
            @Parameter(schema = @Schema(allowableValues = { "3067", "3879", "4326" })) @RequestParam(required = false) String srid) {
        AreaPath path;
        double latitude, longitude;
        if (x != null || y != null || srid != null) {
            if (lat != null || lon != null) {
                throw new InvalidInput(null, "Give either lat and lon, or x, y and srid, not both.");
            }
            var point = new ProjectedCoordinate(number("x", x), number("y", y), (int) number("srid", srid));
            var wgs = areas.toWgs84(point);
            latitude = wgs.latitude();
            longitude = wgs.longitude();
        } else {
            latitude = number("lat", lat);
            longitude = number("lon", lon);
        }
        var point = new WgsCoordinate(latitude, longitude);
        path = areas.locate(point).orElseThrow(() -> new NotFound(
                "The point lat " + point.latitude() + ", lon " + point.longitude() + " is outside every area."));
        return new Located(point.latitude(), point.longitude(), path.areas().stream().map(AreaSummary::of).toList());
    }

    @Operation(summary = "Municipalities (all of Finland), with whether they have areas here")
    @GetMapping("/municipalities")
    List<MunicipalityView> municipalities() {
        var withAreas = areas.listMunicipalitiesWithAreas().stream().map(Municipality::code).toList();
        return areas.listMunicipalities().stream()
                .map(m -> new MunicipalityView(m.code(), m.nameFi(), m.nameSv(), withAreas.contains(m.code())))
                .toList();
    }

    private static AreaLevel level(String level) {
        if (level == null || level.isBlank()) {
            return null;
        }
        return AreaLevel.find(level).orElseThrow(() -> new InvalidInput("level",
                "level must be one of MAJOR_DISTRICT, BASIC_DISTRICT, SUB_AREA, SMALL_AREA; got '" + level + "'."));
    }

    private static double number(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(name, "The parameter '" + name + "' is required.");
        }
        try {
            double number = Double.parseDouble(value.trim());
            if (!Double.isFinite(number)) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new InvalidInput(name, "The parameter '" + name + "' must be a number (with a decimal point); got '" + value + "'.");
        }
    }

    private static ResponseEntity<byte[]> send(MapDocument document, String ifNoneMatch) {
        var cache = CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic().mustRevalidate();
        if (document.matches(ifNoneMatch)) {
            return ResponseEntity.status(304).eTag(document.etag()).cacheControl(cache).build();
        }
        return ResponseEntity.ok().contentType(GEO_JSON).eTag(document.etag()).cacheControl(cache).body(document.body());
    }

    record AreaSummary(String code, AreaLevel level, String nameFi, String nameSv, String parentCode) {
        static AreaSummary of(Area area) {
            return new AreaSummary(area.code(), area.level(), area.nameFi(), area.nameSv(), area.parentCode());
        }
    }

    record AreaDetail(String code, AreaLevel level, String nameFi, String nameSv, String parentCode, String municipality,
            String localCode, LocalDate validFrom, LocalDate validTo, double squareKilometres, LabelPoint labelPoint,
            List<AreaSummary> ancestors, List<AreaSummary> children) {
    }

    record LabelPoint(double lat, double lon) {
    }

    record Located(double lat, double lon, List<AreaSummary> areas) {
    }

    record MunicipalityView(String code, String nameFi, String nameSv, boolean hasAreas) {
    }
}
