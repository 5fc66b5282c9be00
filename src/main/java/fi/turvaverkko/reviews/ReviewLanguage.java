package fi.turvaverkko.reviews;

import java.util.Locale;

/** The language a review is written and rendered in: Finnish or Swedish, the official languages of the city. */
public enum ReviewLanguage {
    FI, SV;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.of(code());
    }

    public String messageKey() {
        return "language." + code();
    }
}
