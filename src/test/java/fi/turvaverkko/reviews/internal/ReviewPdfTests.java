package fi.turvaverkko.reviews.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import fi.turvaverkko.access.Classification;
import fi.turvaverkko.reviews.Audience;
import fi.turvaverkko.reviews.PdfPages;
import fi.turvaverkko.reviews.Review;
import fi.turvaverkko.reviews.ReviewLanguage;
import fi.turvaverkko.reviews.TestReviews;

/**
 * The status review's PDF, rendered as the application renders it (Thymeleaf to XHTML, openhtmltopdf): page 1 turned
 * into a PNG with pdftoppm must not be blank, the text extracted with PDFBox has the headings in the review's language
 * and the classification on every page, and the font is embedded (å, ä, ö come out as letters).
 */
class ReviewPdfTests {

    static final Path OUT = Path.of("target/screenshots");

    static ReviewRenderer renderer() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/reviews", "messages/messages", "messages/meetings");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return new ReviewRenderer(engine, messages, new AreaMap((municipality, level) -> TestReviews.geoJson()));
    }

    record Rendered(byte[] pdf, String xhtml, Path png) {
    }

    static Rendered render(Review review, boolean preview, String name) throws Exception {
        ReviewRenderer renderer = renderer();
        String xhtml = renderer.document(new ReviewDocument(review, List.of("Turvallisuus- ja valmiusyksikkö"), preview));
        byte[] pdf = renderer.pdf(xhtml);
        Files.createDirectories(OUT);
        Path file = OUT.resolve(name + ".pdf");
        Files.write(file, pdf);
        Files.writeString(OUT.resolve(name + ".xhtml"), xhtml);
        Path png = PdfPages.page1(file, OUT.resolve(name + "-page1"));
        return new Rendered(pdf, xhtml, png);
    }

    static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    static List<String> embeddedFonts(byte[] pdf) throws IOException {
        List<String> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (font.isEmbedded()) {
                        fonts.add(font.getName());
                    }
                }
            }
        }
        return fonts;
    }

    @Test
    void finnishReviewHasFinnishHeadingsTheClassificationOnEveryPageAndAnEmbeddedFont() throws Exception {
        Review review = TestReviews.review(ReviewLanguage.FI, Classification.RESTRICTED, Audience.EXPERT_GROUP, 60);
        Rendered rendered = render(review, false, "status-review-fi");

        assertThat(PdfPages.inked(rendered.png())).as("page 1 has text and drawings").isGreaterThan(0.02);
        List<String> pages = pages(rendered.pdf());
        assertThat(pages.size()).as("60 actions in the annex take pages").isGreaterThanOrEqualTo(3);
        String all = String.join("\n", pages);
        assertThat(all).contains("TILANNEKATSAUS", "Turvallisuuden tilannekatsaus, syksy 2026", "Yhteenveto", "Turvallisuustilanne",
                "Toimenpiteiden eteneminen", "Mittarit ja tavoitteet", "Toimielinten avoimet jatkotehtävät", "Näkymät", "Ehdotukset",
                "Liite: suunnitelman kaikki toimenpiteet", "Nousevat ilmiöt", "Huumausaineiden katukauppa", "Sörnäisissä");
        assertThat(all).doesNotContain("Sammanfattning", "review.doc", "??");
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).as("page %d", i + 1).contains("SALASSA PIDETTÄVÄ", "Luokitus: Salassa pidettävä", "Sivu " + (i + 1) + " / " + pages.size());
        }
        assertThat(embeddedFonts(rendered.pdf())).anyMatch(name -> name.contains("DejaVuSans"));
        assertThat(rendered.xhtml()).contains("<svg").contains("</svg>");
    }

    @Test
    void swedishReviewHasSwedishHeadingsAndTheClassification() throws Exception {
        Review review = TestReviews.review(ReviewLanguage.SV, Classification.INTERNAL, Audience.MANAGEMENT_GROUP, 12);
        Rendered rendered = render(review, true, "status-review-sv");

        assertThat(PdfPages.inked(rendered.png())).isGreaterThan(0.02);
        List<String> pages = pages(rendered.pdf());
        String all = String.join("\n", pages);
        assertThat(all).contains("LÄGESÖVERSIKT", "Sammanfattning", "Säkerhetsläget", "Åtgärdernas framskridande", "Mätare och mål",
                "Organens öppna uppföljningsuppgifter", "Utsikter", "Förslag", "Gatuhandel med narkotika", "Förstärk uppsökande ungdomsarbete");
        assertThat(all).doesNotContain("Yhteenveto", "Bilaga: alla åtgärder", "review.doc");
        for (String page : pages) {
            assertThat(page).contains("INTERN", "Klassificering: Intern", "UTKAST – inte godkänt");
        }
    }

    @Test
    void xmlSafeTurnsHtmlNamedEntitiesIntoNumericOnes() {
        assertThat(ReviewRenderer.xmlSafe("<text>R&ouml;st &amp; &lt;5 &auml;&aring;</text>"))
                .isEqualTo("<text>R&#246;st &amp; &lt;5 &#228;&#229;</text>");
    }

    @Test
    void narrativeTextBecomesParagraphsAndLists() {
        var blocks = ReviewRenderer.blocks("Eka kappale\njatkuu.\n\n- yksi\n- kaksi\n\n\nKolmas.");
        assertThat(blocks).containsExactly(new ReviewRenderer.Block(false, List.of("Eka kappale jatkuu.")),
                new ReviewRenderer.Block(true, List.of("yksi", "kaksi")), new ReviewRenderer.Block(false, List.of("Kolmas.")));
    }
}
