package fi.turvaverkko.signals;

import java.util.Locale;

/** A safety phenomenon, e.g. street drug dealing, in a category of the taxonomy. */
public record Phenomenon(int id, int categoryId, String code, String nameFi, String nameSv, String nameEn, int position,
        boolean active) {

    public String name(Locale locale) {
        String name = switch (locale.getLanguage()) {
            case "sv" -> nameSv;
            case "en" -> nameEn;
            default -> nameFi;
        };
        return name == null || name.isBlank() ? nameFi : name;
    }
}
