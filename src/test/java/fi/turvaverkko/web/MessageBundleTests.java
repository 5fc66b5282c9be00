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

    static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(Files.newInputStream(BUNDLES.resolve("messages_" + language + ".properties")), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void everyLanguageHasTheSameKeys() throws IOException {
        Set<String> finnish = bundle("fi").stringPropertyNames();
        for (String language : LANGUAGES) {
            Set<String> keys = bundle(language).stringPropertyNames();
            assertThat(new TreeSet<>(keys)).as("keys of messages_%s", language).isEqualTo(new TreeSet<>(finnish));
            bundle(language).forEach((key, value) -> assertThat(value.toString()).as("%s in %s", key, language).isNotBlank());
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
