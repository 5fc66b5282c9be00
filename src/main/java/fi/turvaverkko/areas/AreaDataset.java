package fi.turvaverkko.areas;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How to read one GeoJSON file of area boundaries (WGS84, longitude/latitude). Codes are written as templates over the
 * feature's properties, so that a new city's files are described in configuration, not in code:
 * {@code {kunta}} is a property's value, {@code {kokotunnus:0:7}} its characters 0 to 7, {@code {tunnus:pad3}}
 * its value padded with zeros to three characters. Names are templates too ({@code {nimi_fi}}); a Swedish name whose
 * properties are missing is left out.
 *
 * @param name       a stable name of the data set; the areas it brings are retired when a later version leaves them out
 * @param resource   a Spring resource location ({@code classpath:…} or {@code file:…})
 * @param include    optional filter {@code PROPERTY=VALUE} or {@code PROPERTY!=VALUE}: the features to take
 * @param namesSv    Swedish names by area code, for sources that have none
 * @param validFrom  the first day the boundaries are in force (the vintage)
 */
public record AreaDataset(String name, String resource, AreaLevel level, String municipality, String code,
        String localCode, String parentCode, String nameFi, String nameSv, String include,
        @DefaultValue Map<String, String> namesSv, LocalDate validFrom) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)(?::(?:pad(\\d+)|(\\d+):(\\d+)))?}");

    /** The template with the feature's properties filled in; a missing property throws {@link IllegalArgumentException}. */
    public static String fill(String template, java.util.function.Function<String, String> properties) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = properties.apply(matcher.group(1));
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("property '" + matcher.group(1) + "' is missing or empty");
            }
            value = value.trim();
            if (matcher.group(2) != null) {
                int width = Integer.parseInt(matcher.group(2));
                value = "0".repeat(Math.max(0, width - value.length())) + value;
            } else if (matcher.group(3) != null) {
                int from = Integer.parseInt(matcher.group(3));
                int to = Integer.parseInt(matcher.group(4));
                if (value.length() < to) {
                    throw new IllegalArgumentException("property '" + matcher.group(1) + "' value '" + value
                            + "' is shorter than " + to + " characters");
                }
                value = value.substring(from, to);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
