package fi.turvaverkko.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Every screen in Finnish, Swedish and English: the bundles have the same keys, and templates hold no text of their own. */
class MessageBundleTests {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Path BUNDLES = Path.of("src/main/resources/messages");
    static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "value", "content", "label");

    /** The bundles: messages, and one per module (audit, organisations, …). */
    static List<String> basenames() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("_fi.properties"))
                    .map(n -> n.replace("_fi.properties", "")).sorted().toList();
        }
    }

    static Properties bundle(String basename, String language) throws IOException {
        Properties properties = new Properties();
        Path file = BUNDLES.resolve(basename + "_" + language + ".properties");
        assertThat(file).as("every bundle exists in fi, sv and en").exists();
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /** All keys of all bundles in one language; a key may live in one bundle only. */
    static Properties bundle(String language) throws IOException {
        Properties all = new Properties();
        for (String basename : basenames()) {
            Properties one = bundle(basename, language);
            for (String key : one.stringPropertyNames()) {
                assertThat(all.containsKey(key)).as("key %s is in two bundles", key).isFalse();
            }
            all.putAll(one);
        }
        return all;
    }

    @Test
    void everyLanguageHasTheSameKeys() throws IOException {
        assertThat(basenames()).contains("messages");
        for (String basename : basenames()) {
            Set<String> finnish = bundle(basename, "fi").stringPropertyNames();
            for (String language : LANGUAGES) {
                Properties bundle = bundle(basename, language);
                assertThat(new TreeSet<>(bundle.stringPropertyNames())).as("keys of %s_%s", basename, language)
                        .isEqualTo(new TreeSet<>(finnish));
                bundle.forEach((key, value) -> assertThat(value.toString()).as("%s in %s_%s", key, basename, language).isNotBlank());
            }
        }
    }

    @Test
    void messagesUsedInTemplatesExistInTheBundles() throws IOException {
        Set<String> keys = bundle("fi").stringPropertyNames();
        Pattern literal = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher matcher = literal.matcher(Files.readString(template));
            while (matcher.find()) {
                if (!keys.contains(matcher.group(1))) {
                    missing.add(template.getFileName() + ": " + matcher.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void messagesUsedInCodeExistInTheBundles() throws IOException {
        Set<String> keys = bundle("fi").stringPropertyNames();
        for (var level : fi.turvaverkko.areas.AreaLevel.values()) {
            assertThat(keys).contains(level.messageKey());
        }
        for (var role : fi.turvaverkko.access.Role.values()) {
            assertThat(keys).contains(role.messageKey());
        }
        for (String language : LANGUAGES) {
            assertThat(keys).contains("language." + language);
        }
    }

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            var document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element element : document.getAllElements()) {
                boolean replaced = element.hasAttr("th:text") || element.hasAttr("th:utext") || element.hasAttr("th:replace")
                        || element.hasAttr("th:insert");
                if (!replaced && !element.tagName().equals("script") && !element.tagName().equals("style")) {
                    for (TextNode text : element.textNodes()) {
                        if (hasWords(text.text())) {
                            problems.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> \"" + text.text().trim() + "\"");
                        }
                    }
                }
                for (String attribute : TEXT_ATTRIBUTES) {
                    if (element.hasAttr(attribute) && hasWords(element.attr(attribute)) && !isMachineValue(element, attribute)) {
                        problems.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + " " + attribute + "=\""
                                + element.attr(attribute) + "\">");
                    }
                }
            }
        }
        assertThat(problems).as("text in templates must come from the message bundles").isEmpty();
    }

    private static boolean isMachineValue(Element element, String attribute) {
        // meta content (viewport, htmx config) and input values are not shown to people as text
        return (element.tagName().equals("meta") && attribute.equals("content"))
                || (attribute.equals("value") && !element.tagName().equals("button") && !"submit".equals(element.attr("type")));
    }

    private static boolean hasWords(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
