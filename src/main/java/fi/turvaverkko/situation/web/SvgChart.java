package fi.turvaverkko.situation.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import fi.turvaverkko.situation.Views.TrendPoint;

/**
 * A weekly trend as an inline SVG line chart, drawn on the server: no script, readable by screen readers through its
 * title and the table beside it, and the same drawing can go into a PDF.
 */
final class SvgChart {

    static final int WIDTH = 720;
    static final int HEIGHT = 220;
    static final int LEFT = 44;
    static final int BOTTOM = 28;
    static final int TOP = 12;
    static final int RIGHT = 12;

    private SvgChart() {
    }

    /** The points of the polyline and the axis labels, for the template. */
    record Chart(String points, String area, List<Tick> yTicks, List<Tick> xTicks, int width, int height, long max) {
    }

    record Tick(double position, String label) {
    }

    static Chart trend(List<TrendPoint> trend) {
        long max = Math.max(1, trend.stream().mapToLong(p -> p.figure().lowerBound()).max().orElse(1));
        long niceMax = nice(max);
        int n = Math.max(1, trend.size() - 1);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < trend.size(); i++) {
            double x = LEFT + plotWidth * i / n;
            double y = TOP + plotHeight * (1 - (double) trend.get(i).figure().lowerBound() / niceMax);
            points.append(String.format(java.util.Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        String area = trend.isEmpty() ? "" : String.format(java.util.Locale.ROOT, "%.1f,%.1f ", (double) LEFT, TOP + plotHeight)
                + points + String.format(java.util.Locale.ROOT, "%.1f,%.1f", LEFT + plotWidth, TOP + plotHeight);
        List<Tick> yTicks = java.util.stream.IntStream.rangeClosed(0, 4)
                .mapToObj(i -> new Tick(TOP + plotHeight * (1 - i / 4.0), String.valueOf(niceMax * i / 4))).toList();
        DateTimeFormatter month = DateTimeFormatter.ofPattern("M/yyyy");
        List<Tick> xTicks = new java.util.ArrayList<>();
        LocalDate lastLabelled = null;
        for (int i = 0; i < trend.size(); i++) {
            LocalDate week = trend.get(i).week();
            if ((week.getMonthValue() - 1) % 3 == 0 && week.getDayOfMonth() <= 7 && (lastLabelled == null || lastLabelled.plusDays(40).isBefore(week))) {
                xTicks.add(new Tick(LEFT + plotWidth * i / n, week.format(month)));
                lastLabelled = week;
            }
        }
        return new Chart(points.toString().strip(), area, yTicks, xTicks, WIDTH, HEIGHT, niceMax);
    }

    static long nice(long max) {
        long step = 1;
        while (step * 10 < max) {
            step *= 10;
        }
        for (long m : new long[] { 1, 2, 4, 5, 8, 10 }) {
            if (step * m >= max) {
                return Math.max(4, step * m);
            }
        }
        return max;
    }
}
