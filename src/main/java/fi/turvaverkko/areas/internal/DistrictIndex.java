package fi.turvaverkko.areas.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;

import fi.turvaverkko.areas.AreaLevel;

/**
 * Answers "which area of a level contains this point" in memory, built from the current boundaries.
 * <p>
 * Each level has a uniform grid over its extent. The boundaries are traced into the grid first; a cell that no
 * boundary crosses lies wholly in one area (or in none) and answers with one array read. A cell that a boundary
 * crosses keeps the areas whose extent reaches it and tests the point against them with JTS's indexed
 * point-in-area locator. Deterministic on borders: a point inside an area gets it; a point exactly on the boundary
 * of several areas gets the one with the lowest code. Immutable and safe for any number of threads.
 */
public final class DistrictIndex {

    /** Cells per side of a level's grid: about 25 m × 40 m cells over Helsinki. */
    static final int GRID = 1024;

    private final Map<AreaLevel, LevelIndex> levels;

    public DistrictIndex(Collection<IndexedArea> areas) {
        Map<AreaLevel, List<IndexedArea>> byLevel = new EnumMap<>(AreaLevel.class);
        for (IndexedArea area : areas) {
            byLevel.computeIfAbsent(area.level(), level -> new ArrayList<>()).add(area);
        }
        // the levels are independent: build them on all cores
        Map<AreaLevel, LevelIndex> built = new java.util.concurrent.ConcurrentHashMap<>();
        byLevel.entrySet().parallelStream().forEach(entry -> built.put(entry.getKey(), new LevelIndex(entry.getValue())));
        levels = new EnumMap<>(AreaLevel.class);
        levels.putAll(built);
    }

    /** An area as the index knows it: its code, level and boundary (WGS84, x = longitude). */
    public record IndexedArea(String code, AreaLevel level, Geometry geometry) {
    }

    /** The code of the area of this level that contains the point, if any. */
    public Optional<String> locate(AreaLevel level, double lon, double lat) {
        LevelIndex index = levels.get(level);
        return index == null ? Optional.empty() : Optional.ofNullable(index.locate(lon, lat));
    }

    /** Like {@link #locate}, null instead of empty: for hot loops. */
    public String locateOrNull(AreaLevel level, double lon, double lat) {
        LevelIndex index = levels.get(level);
        return index == null ? null : index.locate(lon, lat);
    }

    public int size(AreaLevel level) {
        LevelIndex index = levels.get(level);
        return index == null ? 0 : index.areas.length;
    }

    private static final class Candidate {
        final String code;
        final IndexedPointInAreaLocator locator;
        final Envelope envelope;

        Candidate(IndexedArea area) {
            this.code = area.code();
            this.locator = new IndexedPointInAreaLocator(area.geometry());
            this.envelope = area.geometry().getEnvelopeInternal();
            // build the locator's own index now, so that concurrent readers never race to build it
            this.locator.locate(new Coordinate(envelope.getMinX(), envelope.getMinY()));
        }
    }

    private static final class LevelIndex {
        private static final int NONE = -1;

        private final Candidate[] areas;
        private final double minX, minY, cellWidth, cellHeight;
        /** Per cell: an area index (the cell lies wholly in it), NONE, or -2 - k for candidate list k (a boundary crosses it). */
        private final int[] cells;
        private final int[][] candidateLists;
        private final STRtree tree = new STRtree();

        LevelIndex(List<IndexedArea> list) {
            // lowest code first, so that the first match on a shared boundary is the deterministic one
            List<IndexedArea> sorted = list.stream().sorted((a, b) -> a.code().compareTo(b.code())).toList();
            areas = sorted.stream().map(Candidate::new).toArray(Candidate[]::new);
            Envelope extent = new Envelope();
            for (int i = 0; i < areas.length; i++) {
                extent.expandToInclude(areas[i].envelope);
                tree.insert(areas[i].envelope, i);
            }
            tree.build();
            minX = extent.getMinX();
            minY = extent.getMinY();
            cellWidth = Math.max(extent.getWidth() / GRID, 1e-9);
            cellHeight = Math.max(extent.getHeight() / GRID, 1e-9);
            cells = new int[GRID * GRID];
            java.util.Arrays.fill(cells, Integer.MIN_VALUE);
            boolean[] boundary = new boolean[GRID * GRID];
            for (IndexedArea area : sorted) {
                for (Coordinate[] ring : rings(area.geometry())) {
                    for (int i = 1; i < ring.length; i++) {
                        markSegment(ring[i - 1], ring[i], boundary);
                    }
                }
            }
            List<int[]> lists = new ArrayList<>();
            for (int row = 0; row < GRID; row++) {
                int run = Integer.MIN_VALUE;
                for (int col = 0; col < GRID; col++) {
                    int index = row * GRID + col;
                    if (boundary[index]) {
                        run = Integer.MIN_VALUE;
                        int[] candidates = candidatesFor(col, row);
                        if (candidates.length == 0) {
                            cells[index] = NONE;
                        } else {
                            lists.add(candidates);
                            cells[index] = -2 - (lists.size() - 1);
                        }
                        continue;
                    }
                    if (run == Integer.MIN_VALUE) {
                        // no boundary crosses the cells of this run: one answer for all of them
                        run = slowLocate(minX + (col + 0.5) * cellWidth, minY + (row + 0.5) * cellHeight);
                    }
                    cells[index] = run;
                }
            }
            candidateLists = lists.toArray(int[][]::new);
        }

        private static List<Coordinate[]> rings(Geometry geometry) {
            List<Coordinate[]> rings = new ArrayList<>();
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                var polygon = (org.locationtech.jts.geom.Polygon) geometry.getGeometryN(i);
                rings.add(polygon.getExteriorRing().getCoordinates());
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    rings.add(polygon.getInteriorRingN(h).getCoordinates());
                }
            }
            return rings;
        }

        /** Marks every cell the segment passes through, and their neighbours, so that rounding can never miss one. */
        private void markSegment(Coordinate from, Coordinate to, boolean[] boundary) {
            double gx0 = (from.x - minX) / cellWidth, gy0 = (from.y - minY) / cellHeight;
            double gx1 = (to.x - minX) / cellWidth, gy1 = (to.y - minY) / cellHeight;
            int steps = (int) Math.ceil(Math.max(Math.abs(gx1 - gx0), Math.abs(gy1 - gy0)) * 2) + 1;
            for (int k = 0; k <= steps; k++) {
                double t = (double) k / steps;
                int col = (int) Math.floor(gx0 + (gx1 - gx0) * t);
                int row = (int) Math.floor(gy0 + (gy1 - gy0) * t);
                for (int r = row - 1; r <= row + 1; r++) {
                    for (int c = col - 1; c <= col + 1; c++) {
                        if (r >= 0 && c >= 0 && r < GRID && c < GRID) {
                            boundary[r * GRID + c] = true;
                        }
                    }
                }
            }
        }

        /** Every area whose extent reaches the cell, lowest code first. */
        private int[] candidatesFor(int col, int row) {
            Envelope cell = new Envelope(minX + col * cellWidth, minX + (col + 1) * cellWidth,
                    minY + row * cellHeight, minY + (row + 1) * cellHeight);
            @SuppressWarnings("unchecked")
            List<Integer> hits = tree.query(cell);
            return hits.stream().mapToInt(Integer::intValue).sorted().toArray();
        }

        private int slowLocate(double x, double y) {
            @SuppressWarnings("unchecked")
            List<Integer> hits = tree.query(new Envelope(x, x, y, y));
            int[] sorted = hits.stream().mapToInt(Integer::intValue).sorted().toArray();
            String code = test(sorted, x, y);
            if (code == null) {
                return NONE;
            }
            for (int i : sorted) {
                if (areas[i].code.equals(code)) {
                    return i;
                }
            }
            return NONE;
        }

        String locate(double x, double y) {
            double gx = (x - minX) / cellWidth;
            double gy = (y - minY) / cellHeight;
            if (!(gx >= 0 && gy >= 0 && gx <= GRID && gy <= GRID)) {
                return null;
            }
            // the maximum edge of the extent belongs to the last cell
            int col = Math.min((int) gx, GRID - 1);
            int row = Math.min((int) gy, GRID - 1);
            int value = cells[row * GRID + col];
            if (value >= 0) {
                return areas[value].code;
            }
            if (value == NONE) {
                return null;
            }
            return test(candidateLists[-2 - value], x, y);
        }

        private String test(int[] candidates, double x, double y) {
            Coordinate point = new Coordinate(x, y);
            String onBoundary = null;
            for (int i : candidates) {
                Candidate candidate = areas[i];
                if (!candidate.envelope.intersects(x, y)) {
                    continue;
                }
                int location = candidate.locator.locate(point);
                if (location == Location.INTERIOR) {
                    return candidate.code;
                }
                if (location == Location.BOUNDARY && onBoundary == null) {
                    onBoundary = candidate.code;
                }
            }
            return onBoundary;
        }
    }
}
