package fi.turvaverkko.areas.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.proj4j.ProjCoordinate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fi.turvaverkko.areas.AreaDataset;
import fi.turvaverkko.areas.AreaImportFailed;
import fi.turvaverkko.areas.AreasImported;
import fi.turvaverkko.areas.Municipality;

/**
 * Imports boundary files in one transaction: either every file is read, checked and saved, or nothing changes
 * (municipality names are saved in a transaction of their own before). A file already imported with the same
 * description (same name, content and settings) is skipped. An area whose name, parent or
 * boundary changed gets a new version from the data set's {@code validFrom}; the old one stays as history, and areas
 * a data set no longer has are retired the same way.
 */
@Component
public class AreaImporter {

    private static final Logger log = LoggerFactory.getLogger(AreaImporter.class);

    private final AreaRepository areas;
    private final ResourceLoader resources;
    private final ApplicationEventPublisher events;

    AreaImporter(AreaRepository areas, ResourceLoader resources, ApplicationEventPublisher events) {
        this.areas = areas;
        this.resources = resources;
        this.events = events;
    }

    /** Result of one data set: how many features it had and what changed. */
    public record Outcome(String dataset, boolean skipped, int features, int created, int changed, int retired) {
    }

    @Transactional
    public void importMunicipalities(String location) {
        try (InputStream in = resources.getResource(location).getInputStream()) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                String[] fields = lines[i].split(",", -1);
                if (fields.length != 3 || !fields[0].matches("[0-9]{3}") || fields[1].isBlank()) {
                    throw new AreaImportFailed(location, List.of("line " + (i + 1) + ": expected code,name_fi,name_sv"));
                }
                areas.saveMunicipality(new Municipality(fields[0], fields[1], fields[2].isBlank() ? fields[1] : fields[2]));
            }
        } catch (IOException e) {
            throw new AreaImportFailed(location, List.of("the file could not be read: " + e.getMessage()));
        }
    }

    /** Imports the data sets in the order given (parents before children), all or nothing. */
    @Transactional
    public List<Outcome> importDatasets(List<AreaDataset> datasets) {
        areas.lockForImport();
        List<Outcome> outcomes = new ArrayList<>();
        for (AreaDataset dataset : datasets) {
            byte[] bytes = read(dataset);
            outcomes.add(importDataset(dataset, bytes));
        }
        List<String> changed = outcomes.stream().filter(o -> !o.skipped()).map(Outcome::dataset).toList();
        List<String> orphans = areas.listOrphans();
        if (!orphans.isEmpty()) {
            throw new AreaImportFailed(String.join(", ", changed), List.of("areas " + orphans
                    + " would be left without a current parent: import their level's new boundaries in the same run"));
        }
        if (!changed.isEmpty()) {
            events.publishEvent(new AreasImported(changed));
        }
        return outcomes;
    }

    private byte[] read(AreaDataset dataset) {
        try (InputStream in = resources.getResource(dataset.resource()).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AreaImportFailed(dataset.name(), List.of("the file " + dataset.resource() + " could not be read: " + e.getMessage()));
        }
    }

    Outcome importDataset(AreaDataset dataset, byte[] bytes) {
        require(dataset);
        // the description is part of the identity: new templates or a new validFrom import the same file again
        String sha256 = sha256((dataset + "\n").getBytes(StandardCharsets.UTF_8), bytes);
        if (areas.alreadyImported(dataset.name(), sha256)) {
            return new Outcome(dataset.name(), true, 0, 0, 0, 0);
        }
        List<ParsedArea> parsed = GeoJsonAreaReader.read(dataset, bytes);
        List<String> problems = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (ParsedArea area : parsed) {
            codes.add(area.code());
            if (areas.findMunicipality(area.municipalityCode()).isEmpty()) {
                problems.add("code " + area.code() + ": no municipality " + area.municipalityCode());
            }
            if (area.parentCode() != null && areas.findCurrent(area.parentCode()).isEmpty()) {
                problems.add("code " + area.code() + ": its parent area " + area.parentCode() + " does not exist (import the parent level first)");
            }
        }
        if (!problems.isEmpty()) {
            throw new AreaImportFailed(dataset.name(), problems.size() > 25 ? problems.subList(0, 25) : problems);
        }
        WKBWriter wkb = new WKBWriter();
        int created = 0, changed = 0, retired = 0;
        for (ParsedArea area : parsed) {
            byte[] geometry = wkb.write(area.geometry());
            var existing = areas.findStored(area.code());
            if (existing.isPresent()) {
                var old = existing.get();
                if (same(old, area, geometry)) {
                    continue;
                }
                if (!dataset.validFrom().isAfter(old.validFrom())) {
                    throw new AreaImportFailed(dataset.name(), List.of("code " + area.code() + ": the data set's validFrom "
                            + dataset.validFrom() + " is not after the current version's " + old.validFrom()
                            + "; a new boundary vintage needs a later date"));
                }
                areas.retire(area.code(), dataset.validFrom());
                changed++;
            } else {
                created++;
            }
            areas.insert(area, geometry, labelPoint(area.geometry()), squareMetres(area.geometry()), dataset.name(), dataset.validFrom());
        }
        for (String code : areas.listCurrentCodesOf(dataset.name())) {
            if (!codes.contains(code)) {
                var old = areas.findStored(code).orElseThrow();
                if (!dataset.validFrom().isAfter(old.validFrom())) {
                    throw new AreaImportFailed(dataset.name(), List.of("code " + code + " is no longer in the file, but the data set's validFrom "
                            + dataset.validFrom() + " is not after its current version's " + old.validFrom()
                            + "; a new boundary vintage needs a later date"));
                }
                areas.retire(code, dataset.validFrom());
                retired++;
            }
        }
        areas.recordImport(dataset.name(), sha256, parsed.size(), created, changed, retired, dataset.validFrom());
        log.info("Imported area data set {}: {} features, {} new, {} changed, {} retired", dataset.name(), parsed.size(),
                created, changed, retired);
        return new Outcome(dataset.name(), false, parsed.size(), created, changed, retired);
    }

    private static void require(AreaDataset dataset) {
        List<String> missing = new ArrayList<>();
        if (dataset.name() == null || dataset.name().isBlank()) missing.add("name");
        if (dataset.resource() == null) missing.add("resource");
        if (dataset.level() == null) missing.add("level");
        if (dataset.municipality() == null) missing.add("municipality");
        if (dataset.code() == null) missing.add("code");
        if (dataset.localCode() == null) missing.add("local-code");
        if (dataset.nameFi() == null) missing.add("name-fi");
        if (dataset.validFrom() == null) missing.add("valid-from");
        if (!missing.isEmpty()) {
            throw new AreaImportFailed(String.valueOf(dataset.name()), List.of("the data set description lacks " + String.join(", ", missing)));
        }
    }

    private static boolean same(AreaRepository.StoredArea old, ParsedArea area, byte[] geometry) {
        return old.nameFi().equals(area.nameFi()) && Objects.equals(old.nameSv(), area.nameSv())
                && Objects.equals(old.parentCode(), area.parentCode()) && old.localCode().equals(area.localCode())
                && Arrays.equals(old.wkb(), geometry);
    }

    private static double[] labelPoint(Geometry geometry) {
        Coordinate point = geometry.getInteriorPoint().getCoordinate();
        return new double[] { point.x, point.y };
    }

    /** The area on the ground, in EPSG:3067 metres. */
    static double squareMetres(Geometry geometry) {
        double total = 0;
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) geometry.getGeometryN(i);
            total += Math.abs(ringArea(polygon.getExteriorRing().getCoordinates()));
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                total -= Math.abs(ringArea(polygon.getInteriorRingN(h).getCoordinates()));
            }
        }
        return total;
    }

    private static double ringArea(Coordinate[] ring) {
        ProjCoordinate a = new ProjCoordinate(), b = new ProjCoordinate();
        double sum = 0;
        Projections.toTm35(ring[0].x, ring[0].y, a);
        for (int i = 1; i < ring.length; i++) {
            Projections.toTm35(ring[i].x, ring[i].y, b);
            sum += a.x * b.y - b.x * a.y;
            a.x = b.x;
            a.y = b.y;
        }
        return sum / 2;
    }

    static String sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
