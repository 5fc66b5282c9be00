package fi.turvaverkko.organisations;

import java.time.LocalDate;
import java.util.Locale;

/** A party of safety work: a city division, service or unit, a police department, an NGO, a parish, … */
public record Organisation(long id, OrganisationType type, Long parentId, String municipalityCode, String nameFi,
        String nameSv, String nameEn, LocalDate activeFrom, LocalDate activeTo) {

    /** The name in the reader's language, Finnish when there is none in it. */
    public String name(Locale locale) {
        String name = switch (locale.getLanguage()) {
            case "sv" -> nameSv;
            case "en" -> nameEn;
            default -> nameFi;
        };
        return name == null || name.isBlank() ? nameFi : name;
    }
}
