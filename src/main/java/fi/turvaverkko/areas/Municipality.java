package fi.turvaverkko.areas;

import java.util.Locale;

/** A Finnish municipality, by its official three-digit code (091 Helsinki, 092 Vantaa). */
public record Municipality(String code, String nameFi, String nameSv) {

    /** The name in the reader's language: Swedish for Swedish readers, otherwise Finnish. */
    public String name(Locale locale) {
        return "sv".equals(locale.getLanguage()) && nameSv != null ? nameSv : nameFi;
    }
}
