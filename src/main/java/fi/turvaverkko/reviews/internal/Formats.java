package fi.turvaverkko.reviews.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and numbers as a Finnish or Swedish document writes them (2.3.2026, 12,5 %, 1 234). */
public final class Formats {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final Locale locale;
    private final DateTimeFormatter date = DateTimeFormatter.ofPattern("d.M.yyyy");
    private final DateTimeFormatter dateTime;

    public Formats(Locale locale) {
        this.locale = locale;
        this.dateTime = DateTimeFormatter.ofPattern(switch (locale.getLanguage()) {
            case "sv" -> "d.M.yyyy 'kl.' HH.mm";
            case "en" -> "d.M.yyyy HH:mm";
            default -> "d.M.yyyy 'klo' HH.mm";
        });
    }

    public String date(LocalDate day) {
        return day == null ? "–" : day.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "–" : instant.atZone(HELSINKI).format(dateTime);
    }

    public String day(Instant instant) {
        return instant == null ? "–" : instant.atZone(HELSINKI).toLocalDate().format(date);
    }

    public String period(LocalDate from, LocalDate to) {
        return date(from) + "–" + date(to);
    }

    /** A number with a decimal comma and a (narrow no-break) space between thousands; no trailing zeros. */
    public String number(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        BigDecimal plain = value.setScale(Math.min(Math.max(value.stripTrailingZeros().scale(), 0), 2), RoundingMode.HALF_UP);
        return format(plain.scale()).format(plain);
    }

    /** A count as shown ("1649", "<5", "3 + <5"), with the thousands spaced when it is a plain number. */
    public String count(String shown) {
        if (shown != null && shown.matches("\\d{4,}")) {
            return format(0).format(Long.parseLong(shown));
        }
        return shown;
    }

    public String decimal(double value, int digits) {
        return format(digits).format(value);
    }

    public String percent(int value) {
        return value + "\u00a0%";
    }

    private DecimalFormat format(int digits) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('\u00a0');
        DecimalFormat format = new DecimalFormat(digits > 0 ? "#,##0." + "0".repeat(digits) : "#,##0", symbols);
        return format;
    }
}
