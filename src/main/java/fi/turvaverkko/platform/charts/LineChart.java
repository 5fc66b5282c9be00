package fi.turvaverkko.platform.charts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.web.util.HtmlUtils;

/**
 * A line chart over dates drawn on the server as one SVG element: for pages (inline, no script) and for PDFs
 * (openhtmltopdf draws the same SVG). Colours are attributes, not CSS classes, so the drawing looks the same wherever it
 * goes. The chart is an image with a title; pages and documents put the figures in a table beside it.
 * <pre>{@code
 * String svg = LineChart.of("Robberies in Kallio per quarter")
 *         .series("Actual", LineChart.BLUE, points)
 *         .dashed("Target", LineChart.GREEN, List.of(new Point(baselineDate, baseline), new Point(targetDate, target)))
 *         .marker(action.startsOn(), "Action started")
 *         .svg();
 * }</pre>
 */
public final class LineChart {

    public static final String BLUE = "#0000bf";
    public static final String GREEN = "#00804a";
    public static final String RED = "#b01038";
    public static final String GREY = "#666666";
    public static final String ORANGE = "#a34d00";

    public static final int WIDTH = 720;
    public static final int HEIGHT = 240;
    private static final int LEFT = 52;
    private static final int RIGHT = 16;
    private static final int TOP = 14;
    private static final int BOTTOM = 52;

    /** A value on a day; a null value leaves a gap in the line. */
    public record Point(LocalDate day, Double value) {
        public Point {
            Objects.requireNonNull(day);
        }
    }

    private record Series(String name, String colour, List<Point> points, boolean dashed) {
    }

    private final String title;
    private final List<Series> series = new ArrayList<>();
    private LocalDate markerDay;
    private String markerLabel;

    private LineChart(String title) {
        this.title = title;
    }

    public static LineChart of(String title) {
        return new LineChart(title);
    }

    public LineChart series(String name, String colour, List<Point> points) {
        series.add(new Series(name, colour, List.copyOf(points), false));
        return this;
    }

    public LineChart dashed(String name, String colour, List<Point> points) {
        series.add(new Series(name, colour, List.copyOf(points), true));
        return this;
    }

    /** A vertical line at a day (e.g. when an action started), with its label. */
    public LineChart marker(LocalDate day, String label) {
        this.markerDay = day;
        this.markerLabel = label;
        return this;
    }

    public String svg() {
        List<Point> all = series.stream().flatMap(s -> s.points().stream()).toList();
        LocalDate first = all.stream().map(Point::day).min(LocalDate::compareTo).orElse(LocalDate.now());
        LocalDate last = all.stream().map(Point::day).max(LocalDate::compareTo).orElse(first.plusDays(1));
        if (markerDay != null) {
            first = markerDay.isBefore(first) ? markerDay : first;
            last = markerDay.isAfter(last) ? markerDay : last;
        }
        if (!last.isAfter(first)) {
            last = first.plusDays(1);
        }
        double max = all.stream().map(Point::value).filter(Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(1);
        double min = Math.min(0, all.stream().map(Point::value).filter(Objects::nonNull).mapToDouble(Double::doubleValue).min().orElse(0));
        double top = nice(Math.max(max, 1e-9));
        if (top <= min) {
            top = min + 1;
        }
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        long days = ChronoUnit.DAYS.between(first, last);
        LocalDate from = first;
        double bottomValue = min;
        double range = top - bottomValue;
        java.util.function.ToDoubleFunction<LocalDate> x = d -> LEFT + plotWidth * ChronoUnit.DAYS.between(from, d) / days;
        java.util.function.DoubleUnaryOperator y = v -> TOP + plotHeight * (1 - (v - bottomValue) / range);

        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"line-chart\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" preserveAspectRatio=\"xMidYMid meet\" aria-label=\"").append(escape(title)).append("\">");
        svg.append("<title>").append(escape(title)).append("</title>");
        // grid and value axis
        for (int i = 0; i <= 4; i++) {
            double value = bottomValue + range * i / 4;
            double yy = y.applyAsDouble(value);
            svg.append(line(LEFT, yy, WIDTH - RIGHT, yy, "#d0d0d0", false));
            svg.append(text(LEFT - 6, yy + 4, "end", label(value)));
        }
        svg.append(line(LEFT, TOP + plotHeight, WIDTH - RIGHT, TOP + plotHeight, "#333333", false));
        // time axis: about six labels
        DateTimeFormatter format = days > 3 * 365 ? DateTimeFormatter.ofPattern("yyyy") : DateTimeFormatter.ofPattern("M/yyyy");
        int ticks = 6;
        String previous = null;
        for (int i = 0; i <= ticks; i++) {
            LocalDate day = first.plusDays(Math.round((double) days * i / ticks));
            String text = day.format(format);
            if (!text.equals(previous)) {
                // the last label ends at the right edge instead of running over it
                svg.append(text(x.applyAsDouble(day), TOP + plotHeight + 16, i == ticks ? "end" : "middle", text));
                previous = text;
            }
        }
        if (markerDay != null) {
            double mx = x.applyAsDouble(markerDay);
            svg.append(line(mx, TOP, mx, TOP + plotHeight, GREY, true));
            svg.append(text(Math.min(mx + 4, WIDTH - RIGHT - 4), TOP + 10, mx + 4 > WIDTH - 160 ? "end" : "start", markerLabel));
        }
        for (Series s : series) {
            List<StringBuilder> segments = new ArrayList<>();
            StringBuilder current = null;
            for (Point p : s.points()) {
                if (p.value() == null) {
                    current = null;
                    continue;
                }
                if (current == null) {
                    current = new StringBuilder();
                    segments.add(current);
                }
                current.append(String.format(Locale.ROOT, "%.1f,%.1f ", x.applyAsDouble(p.day()), y.applyAsDouble(p.value())));
            }
            for (StringBuilder segment : segments) {
                svg.append("<polyline fill=\"none\" stroke=\"").append(s.colour()).append("\" stroke-width=\"2.5\"")
                        .append(s.dashed() ? " stroke-dasharray=\"6 4\"" : "").append(" points=\"").append(segment.toString().strip()).append("\"/>");
            }
            for (Point p : s.points()) {
                if (p.value() != null) {
                    svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>",
                            x.applyAsDouble(p.day()), y.applyAsDouble(p.value()), s.colour()));
                }
            }
        }
        // legend under the axis
        double lx = LEFT;
        double ly = HEIGHT - 12;
        for (Series s : series) {
            svg.append("<line x1=\"").append(fmt(lx)).append("\" y1=\"").append(fmt(ly - 4)).append("\" x2=\"").append(fmt(lx + 22))
                    .append("\" y2=\"").append(fmt(ly - 4)).append("\" stroke=\"").append(s.colour()).append("\" stroke-width=\"2.5\"")
                    .append(s.dashed() ? " stroke-dasharray=\"6 4\"" : "").append("/>");
            svg.append(text(lx + 28, ly, "start", s.name()));
            lx += 40 + 7.2 * s.name().length();
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, boolean dashed) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"1\"%s/>",
                x1, y1, x2, y2, colour, dashed ? " stroke-dasharray=\"4 3\"" : "");
    }

    private static String text(double x, double y, String anchor, String text) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"12\" font-family=\"sans-serif\" fill=\"#1a1a1a\">%s</text>",
                x, y, anchor, escape(text));
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static String label(double value) {
        if (Math.abs(value - Math.rint(value)) < 1e-9) {
            return String.valueOf((long) Math.rint(value));
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** 1, 2, 2.5, 5 × 10^n at or above the value. */
    static double nice(double value) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] { 1, 2, 2.5, 5, 10 }) {
            if (step * magnitude >= value) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
