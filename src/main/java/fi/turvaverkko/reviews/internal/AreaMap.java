package fi.turvaverkko.reviews.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import fi.turvaverkko.areas.AreaLevel;
import fi.turvaverkko.areas.Areas;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A choropleth of the areas of one level as one SVG element, for the review's page and its PDF (openhtmltopdf draws it
 * with Batik): the area polygons come from the areas module's GeoJSON (WGS84, simplified keeping shared borders),
 * projected with the longitude scaled by the cosine of the middle latitude, which is true enough for one city. Five
 * classes of a colour-blind-safe sequential palette; the hot spots outlined; a legend underneath. Colours are
 * attributes, so the drawing looks the same wherever it goes.
 */
@Component
public class AreaMap {

    /** Light to dark blue (ColorBrewer "Blues"), and a grey for areas with nothing. */
    static final String[] PALETTE = { "#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c" };
    static final String EMPTY = "#f4f4f4";
    static final String OUTLINE = "#b01038";
    static final int WIDTH = 680;
    static final int MAP_HEIGHT_MAX = 440;
    static final int LEGEND = 46;
    /** Simplification of the boundaries in metres: invisible at this size, and the SVG stays small. */
    static final int SIMPLIFY_METRES = 25;

    private final BiFunction<String, AreaLevel, byte[]> geoJson;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, List<Shape>> shapes = new LinkedHashMap<>();

    @Autowired
    AreaMap(Areas areas) {
        this((municipality, level) -> areas.mapDocument(municipality, level, SIMPLIFY_METRES).body());
    }

    /** From any source of GeoJSON FeatureCollections whose features have a {@code code} property (tests). */
    public AreaMap(BiFunction<String, AreaLevel, byte[]> geoJson) {
        this.geoJson = geoJson;
    }

    /** One area's rings, in degrees. */
    record Shape(String code, List<double[][]> rings) {
    }

    /** The labels the legend needs, in the review's language. */
    public record Labels(String title, String legend, String none, String hotSpot) {
    }

    private List<Shape> shapes(String municipality, AreaLevel level) {
        String key = municipality + "|" + level;
        synchronized (shapes) {
            List<Shape> cached = shapes.get(key);
            if (cached != null) {
                return cached;
            }
        }
        List<Shape> parsed = parse(geoJson.apply(municipality, level));
        synchronized (shapes) {
            if (shapes.size() > 16) {
                shapes.clear();
            }
            shapes.put(key, parsed);
        }
        return parsed;
    }

    private List<Shape> parse(byte[] document) {
        List<Shape> result = new ArrayList<>();
        for (JsonNode feature : json.readTree(document).path("features")) {
            String code = feature.path("properties").path("code").asString(null);
            JsonNode geometry = feature.path("geometry");
            if (code == null || geometry.isMissingNode() || geometry.isNull()) {
                continue;
            }
            List<double[][]> rings = new ArrayList<>();
            String type = geometry.path("type").asString("");
            if (type.equals("Polygon")) {
                addPolygon(geometry.path("coordinates"), rings);
            } else if (type.equals("MultiPolygon")) {
                for (JsonNode polygon : geometry.path("coordinates")) {
                    addPolygon(polygon, rings);
                }
            }
            if (!rings.isEmpty()) {
                result.add(new Shape(code, rings));
            }
        }
        return List.copyOf(result);
    }

    private static void addPolygon(JsonNode polygon, List<double[][]> rings) {
        for (JsonNode ring : polygon) {
            double[][] points = new double[ring.size()][];
            for (int i = 0; i < ring.size(); i++) {
                points[i] = new double[] { ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble() };
            }
            rings.add(points);
        }
    }

    /**
     * The map of the municipality's areas of the level, each filled by its value (absent: none), the {@code outlined}
     * areas drawn with a thick red border. Empty when there are no shapes for the level or no area has anything.
     */
    public String svg(String municipality, AreaLevel level, Map<String, Long> values, Set<String> outlined, Labels labels) {
        List<Shape> all = shapes(municipality, level);
        if (all.isEmpty()) {
            return "";
        }
        // the frame: the areas with something in them (the open sea and the outer islands would otherwise take most of it),
        // or all areas when none has; shapes beyond it are clipped by the drawing's edge
        boolean anyValue = all.stream().anyMatch(shape -> values.getOrDefault(shape.code(), 0L) > 0);
        if (!anyValue) {
            return "";
        }
        double minLon = Double.MAX_VALUE, maxLon = -Double.MAX_VALUE, minLat = Double.MAX_VALUE, maxLat = -Double.MAX_VALUE;
        for (Shape shape : all) {
            if (anyValue && values.getOrDefault(shape.code(), 0L) <= 0) {
                continue;
            }
            for (double[][] ring : shape.rings()) {
                for (double[] p : ring) {
                    minLon = Math.min(minLon, p[0]);
                    maxLon = Math.max(maxLon, p[0]);
                    minLat = Math.min(minLat, p[1]);
                    maxLat = Math.max(maxLat, p[1]);
                }
            }
        }
        double kx = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double spanX = Math.max((maxLon - minLon) * kx, 1e-9);
        double spanY = Math.max(maxLat - minLat, 1e-9);
        double margin = 6;
        double scale = Math.min((WIDTH - 2 * margin) / spanX, (MAP_HEIGHT_MAX - 2 * margin) / spanY);
        double mapHeight = spanY * scale + 2 * margin;
        double offsetX = (WIDTH - spanX * scale) / 2;
        int height = (int) Math.ceil(mapHeight + LEGEND);

        long max = values.values().stream().mapToLong(Long::longValue).max().orElse(0);
        long[] breaks = breaks(max);

        StringBuilder svg = new StringBuilder(64 * 1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"area-map\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" preserveAspectRatio=\"xMidYMid meet\" aria-label=\"").append(escape(labels.title())).append("\">");
        svg.append("<title>").append(escape(labels.title())).append("</title>");
        svg.append("<defs><clipPath id=\"area-map-frame\"><rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"")
                .append(String.format(Locale.ROOT, "%.1f", mapHeight)).append("\"/></clipPath></defs><g clip-path=\"url(#area-map-frame)\">");
        StringBuilder outlines = new StringBuilder();
        final double fMinLon = minLon, fMaxLat = maxLat;
        for (Shape shape : all) {
            StringBuilder d = new StringBuilder();
            for (double[][] ring : shape.rings()) {
                for (int i = 0; i < ring.length; i++) {
                    double x = offsetX + (ring[i][0] - fMinLon) * kx * scale;
                    double y = margin + (fMaxLat - ring[i][1]) * scale;
                    d.append(i == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
                }
                d.append('Z');
            }
            Long value = values.get(shape.code());
            String fill = value == null || value == 0 ? EMPTY : PALETTE[classOf(value, breaks)];
            svg.append("<path fill=\"").append(fill).append("\" fill-rule=\"evenodd\" stroke=\"#8c8c8c\" stroke-width=\"0.5\" d=\"")
                    .append(d).append("\"/>");
            if (outlined.contains(shape.code())) {
                outlines.append("<path fill=\"none\" stroke=\"").append(OUTLINE).append("\" stroke-width=\"2.5\" d=\"").append(d).append("\"/>");
            }
        }
        svg.append(outlines).append("</g>");
        // the legend: a swatch per class with its range, then "none", then the hot-spot outline
        double ly = mapHeight + 8;
        double lx = 4;
        svg.append(text(lx, ly + 12, labels.legend()));
        lx += 8 + 7 * labels.legend().length();
        for (int i = 0; i < PALETTE.length; i++) {
            long low = i == 0 ? 1 : breaks[i - 1] + 1;
            long high = breaks[i];
            if (high < low) {
                continue;
            }
            svg.append(swatch(lx, ly, PALETTE[i], "#8c8c8c", 0.5));
            String range = low == high ? String.valueOf(low) : low + "–" + high;
            svg.append(text(lx + 20, ly + 12, range));
            lx += 30 + 7 * range.length();
        }
        svg.append(swatch(lx, ly, EMPTY, "#8c8c8c", 0.5));
        svg.append(text(lx + 20, ly + 12, labels.none()));
        lx += 30 + 7 * labels.none().length();
        if (!outlined.isEmpty()) {
            svg.append(swatch(lx, ly, "none", OUTLINE, 2.5));
            svg.append(text(lx + 20, ly + 12, labels.hotSpot()));
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** The upper bound of each of the five classes: equal steps up to the largest value, rounded up. */
    static long[] breaks(long max) {
        long[] breaks = new long[PALETTE.length];
        for (int i = 0; i < breaks.length; i++) {
            breaks[i] = (long) Math.ceil(max * (i + 1) / (double) breaks.length);
        }
        return breaks;
    }

    static int classOf(long value, long[] breaks) {
        for (int i = 0; i < breaks.length; i++) {
            if (value <= breaks[i]) {
                return i;
            }
        }
        return breaks.length - 1;
    }

    private static String swatch(double x, double y, String fill, String stroke, double width) {
        return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"16\" height=\"14\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%.1f\"/>",
                x, y + 1, fill, stroke, width);
    }

    private static String text(double x, double y, String text) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" font-family=\"DejaVu Sans, sans-serif\" fill=\"#1a1a1a\">%s</text>",
                x, y, escape(text));
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
