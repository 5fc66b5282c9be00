package fi.turvaverkko.organisations;

import java.util.Locale;

/** A cooperation body: management group, expert group, area network, steering group, rapid-response group, … */
public record Body(long id, BodyType type, String nameFi, String nameSv, String nameEn, String purpose,
        String municipalityCode, String areaCode, Long secretariatOrganisationId) {

    public String name(Locale locale) {
        String name = switch (locale.getLanguage()) {
            case "sv" -> nameSv;
            case "en" -> nameEn;
            default -> nameFi;
        };
        return name == null || name.isBlank() ? nameFi : name;
    }
}
