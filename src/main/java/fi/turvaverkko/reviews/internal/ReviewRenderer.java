package fi.turvaverkko.reviews.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

import fi.turvaverkko.areas.AreaLevel;
import fi.turvaverkko.platform.charts.LineChart;
import fi.turvaverkko.reviews.Review;
import fi.turvaverkko.reviews.ReviewContent;
import fi.turvaverkko.reviews.ReviewContent.IndicatorPart;
import fi.turvaverkko.reviews.ReviewContent.SnapshotPart;
import fi.turvaverkko.reviews.Section;

/**
 * Renders a review in its own language (whatever the reader's): the Thymeleaf template {@code reviews/document} to
 * well-formed XHTML (the whole document for the PDF, its article for the page), then openhtmltopdf to an A4 PDF with
 * DejaVu Sans embedded (subset), the charts and the map drawn from SVG, and the classification in the running header
 * and footer of every page. Nothing is fetched from outside while rendering.
 */
@Component
public class ReviewRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";
    static final int MAX_CHARTS = 12;
    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");
    private static final Pattern NAMED_ENTITY = Pattern.compile("&([A-Za-z][A-Za-z0-9]*);");
    private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final AreaMap maps;

    public ReviewRenderer(ITemplateEngine templates, MessageSource messages, AreaMap maps) {
        this.templates = templates;
        this.messages = messages;
        this.maps = maps;
    }

    private static byte[] font(String name) {
        try (InputStream in = ReviewRenderer.class.getResourceAsStream("/reviews/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The font " + name + " is missing from the application.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A paragraph, or a list when its lines start with "- " or "• ". */
    public record Block(boolean list, List<String> lines) {
    }

    /** A narrative section's text as blocks: paragraphs split at blank lines. */
    static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null) {
            return blocks;
        }
        for (String chunk : text.replace("\r\n", "\n").strip().split("\n\\s*\n")) {
            List<String> lines = chunk.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            if (lines.isEmpty()) {
                continue;
            }
            boolean list = lines.stream().allMatch(l -> l.startsWith("- ") || l.startsWith("• ") || l.startsWith("* "));
            if (list) {
                blocks.add(new Block(true, lines.stream().map(l -> l.substring(2).strip()).toList()));
            } else {
                blocks.add(new Block(false, List.of(String.join(" ", lines))));
            }
        }
        return blocks;
    }

    private Context context(ReviewDocument document) {
        Review review = document.review();
        Locale locale = review.language().locale();
        ReviewContent content = review.content();
        Context context = new Context(locale);
        context.setVariable("review", review);
        context.setVariable("c", content);
        context.setVariable("preview", document.preview());
        context.setVariable("sharedWith", document.sharedWith());
        context.setVariable("fmt", new Formats(locale));
        Map<String, List<Block>> sections = new LinkedHashMap<>();
        for (Section section : Section.values()) {
            sections.put(section.name(), blocks(review.section(section).text()));
        }
        context.setVariable("sections", sections);
        Map<Long, String> charts = new LinkedHashMap<>();
        List<IndicatorPart> charted = charted(content.indicators());
        for (IndicatorPart indicator : charted) {
            charts.put(indicator.id(), chart(indicator, locale));
        }
        context.setVariable("charted", charted);
        context.setVariable("charts", charts);
        context.setVariable("maxCharts", MAX_CHARTS);
        context.setVariable("map", content.snapshot() == null ? "" : map(content.snapshot(), locale));
        context.setVariable("annex", review.audience().wantsActionAnnex() && !content.actions().isEmpty());
        return context;
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /**
     * The indicators drawn as charts: at most {@value #MAX_CHARTS}, those not moving towards their target first, then in
     * the plan's order; every indicator is in the table above them. (A chart takes a third of a page, and drawing one
     * costs about as much as ten pages of tables.)
     */
    static List<IndicatorPart> charted(List<IndicatorPart> indicators) {
        List<String> order = List.of("NOT_IMPROVING", "IMPROVING", "TARGET_REACHED", "NO_DATA");
        return indicators.stream().filter(i -> i.values().stream().anyMatch(v -> v.value() != null))
                .sorted(java.util.Comparator.comparingInt((IndicatorPart i) -> order.indexOf(i.standing()) < 0 ? order.size() : order.indexOf(i.standing())))
                .limit(MAX_CHARTS).toList();
    }

    String chart(IndicatorPart indicator, Locale locale) {
        List<LineChart.Point> actual = indicator.values().stream()
                .map(v -> new LineChart.Point(v.periodEnd(), v.value() == null ? null : v.value().doubleValue())).toList();
        LineChart chart = LineChart.of(indicator.name() + " (" + indicator.unit() + ")")
                .series(message("review.doc.chart.actual", locale), LineChart.BLUE, actual);
        List<LineChart.Point> target = new ArrayList<>();
        if (indicator.baselineValue() != null && indicator.baselineDate() != null) {
            target.add(new LineChart.Point(indicator.baselineDate(), indicator.baselineValue().doubleValue()));
        }
        if (indicator.targetValue() != null && indicator.targetDate() != null) {
            target.add(new LineChart.Point(indicator.targetDate(), indicator.targetValue().doubleValue()));
        }
        if (!target.isEmpty()) {
            chart.dashed(message("review.doc.chart.target", locale), LineChart.GREEN, target);
        }
        // the chart's labels in the document's embedded font
        return xmlSafe(chart.svg()).replace("font-family=\"sans-serif\"", "font-family=\"" + FONT_FAMILY + ", sans-serif\"");
    }

    String map(SnapshotPart snapshot, Locale locale) {
        AreaLevel level;
        try {
            level = AreaLevel.valueOf(snapshot.level());
        } catch (IllegalArgumentException e) {
            return "";
        }
        Map<String, Long> values = new LinkedHashMap<>();
        snapshot.areas().forEach(a -> values.put(a.code(), a.lowerBound()));
        Set<String> outlined = new LinkedHashSet<>();
        snapshot.hotSpots().forEach(h -> outlined.add(h.areaCode()));
        Formats fmt = new Formats(locale);
        return xmlSafe(maps.svg(snapshot.municipality(), level, values, outlined, new AreaMap.Labels(
                message("review.doc.map.title", locale, fmt.period(snapshot.from(), snapshot.to())),
                message("review.doc.map.legend", locale), message("review.doc.map.none", locale), message("review.doc.map.hot-spot", locale))));
    }

    /**
     * The SVG as XML: HTML's named character references (which an HTML escaper may write for å, ä, ö) become numeric
     * ones, because the PDF renderer reads XHTML with an XML parser that knows only the five XML entities.
     */
    static String xmlSafe(String markup) {
        Matcher matcher = NAMED_ENTITY.matcher(markup);
        StringBuilder out = new StringBuilder(markup.length());
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement = matcher.group();
            if (!XML_ENTITIES.contains(name)) {
                String character = HtmlUtils.htmlUnescape(matcher.group());
                if (!character.equals(matcher.group())) {
                    StringBuilder numeric = new StringBuilder();
                    character.codePoints().forEach(cp -> numeric.append("&#").append(cp).append(';'));
                    replacement = numeric.toString();
                }
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The whole document as XHTML: what the PDF is made from, and what is stored as the review's HTML when it is published. */
    public String document(ReviewDocument document) {
        return templates.process("reviews/document", context(document));
    }

    /** The document's article alone, for the review's page. */
    public String article(ReviewDocument document) {
        return templates.process("reviews/document", Set.of("article"), context(document));
    }

    /** An A4 PDF of the XHTML document. */
    public byte[] pdf(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        // registered under its own name only: a second family (e.g. "sans-serif") for the same files made openhtmltopdf
        // fall back to the unembedded Helvetica
        Set<FSFontUseCase> uses = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG);
        try (BatikSVGDrawer svg = new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.useSVGDrawer(svg);
            builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true, uses);
            builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true, uses);
            // nothing from outside: the document carries everything it shows
            builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withProducer("Turvaverkko");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be rendered", e);
        }
        return out.toByteArray();
    }
}
