package fi.turvaverkko.signals;

import java.util.List;
import java.util.Locale;

/** The upper level of the taxonomy, with its phenomena in order. */
public record PhenomenonCategory(int id, String code, String nameFi, String nameSv, String nameEn, int position,
        List<Phenomenon> phenomena) {

    public PhenomenonCategory {
        phenomena = List.copyOf(phenomena);
    }

    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "sv" -> nameSv;
            case "en" -> nameEn;
            default -> nameFi;
        };
    }
}
