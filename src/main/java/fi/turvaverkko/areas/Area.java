package fi.turvaverkko.areas;

import java.time.LocalDate;
import java.util.Locale;

/**
 * An area of the district hierarchy as it is (or was) in one boundary vintage.
 *
 * @param code        the hierarchical code, see {@link AreaCode}
 * @param localCode   the area's own official code within its parent (e.g. "301" for the basic district Kallio)
 * @param nameSv      the Swedish name, when the source has one
 * @param parentCode  the code of the area above, or null for a major district
 * @param labelLon    a point inside the area, for labels
 */
public record Area(String code, AreaLevel level, String municipalityCode, String localCode, String nameFi,
        String nameSv, String parentCode, double labelLon, double labelLat, double areaSquareMetres,
        LocalDate validFrom, LocalDate validTo) {

    /** The name in the reader's language: Swedish for Swedish readers, otherwise Finnish (Finnish names are official). */
    public String name(Locale locale) {
        return "sv".equals(locale.getLanguage()) && nameSv != null ? nameSv : nameFi;
    }

    /** "Kallio / Berghäll": both official names, for tooltips and lists. */
    public String bilingualName() {
        return nameSv == null || nameSv.equals(nameFi) ? nameFi : nameFi + " / " + nameSv;
    }

    public boolean current() {
        return validTo == null;
    }
}
