package fi.turvaverkko.plans.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import fi.turvaverkko.platform.Csv;

/**
 * The cells of the plans CSV files: written as {@link Csv} quotes them, read back as people and spreadsheets leave them
 * (ISO dates or Finnish 1.3.2026, whole numbers with or without a %, a decimal comma, lists separated by |).
 */
final class CsvCells {

    /** A cell that cannot be read: the column, a message key of the plans-bulk bundle, its arguments and English text. */
    static final class Unreadable extends RuntimeException {
        final String messageKey;
        final Object[] arguments;

        Unreadable(String messageKey, String english, Object... arguments) {
            super(english);
            this.messageKey = messageKey;
            this.arguments = arguments;
        }
    }

    private static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");

    private CsvCells() {
    }

    /** Text as written: the {@code '} that {@link Csv#quote} puts before a leading = + - @ is taken off again. */
    static String text(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        String text = cell.strip();
        if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0) {
            text = text.substring(1);
        }
        return text.replace("\r\n", "\n");
    }

    static LocalDate date(String cell) {
        String text = text(cell);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text, FINNISH_DATE);
            } catch (DateTimeParseException again) {
                throw new Unreadable("plans.bulk.invalid.date", "'" + text + "' is not a date: write it as 2026-03-01 (or 1.3.2026).", text);
            }
        }
    }

    /** A whole number; "50 %", "50,0" and "50.0" are 50. */
    static Integer whole(String cell) {
        String text = text(cell);
        if (text == null) {
            return null;
        }
        String s = text.replace("\u00a0", "").replace(" ", "");
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1);
        }
        try {
            BigDecimal value = new BigDecimal(s.replace(',', '.'));
            return value.stripTrailingZeros().scale() <= 0 ? value.intValueExact() : fail(text);
        } catch (NumberFormatException | ArithmeticException e) {
            return fail(text);
        }
    }

    private static Integer fail(String text) {
        throw new Unreadable("plans.bulk.invalid.number", "'" + text + "' is not a whole number.", text);
    }

    static Long id(String cell) {
        String text = text(cell);
        if (text == null) {
            return null;
        }
        try {
            long id = Long.parseLong(text.replace("\u00a0", "").replace(" ", ""));
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new Unreadable("plans.bulk.invalid.id", "'" + text + "' is not an id (a whole number above zero).", text);
    }

    /** Codes separated by | (or commas or spaces), in their order, without repeats. */
    static Set<String> codes(String cell) {
        String text = text(cell);
        if (text == null) {
            return Set.of();
        }
        return Arrays.stream(text.split("[|,;\\s]+")).filter(s -> !s.isBlank()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The constant named by the cell in any letter case ({@code -} or a space for {@code _}); null for an empty cell. */
    static <E extends Enum<E>> E constant(Class<E> type, String cell) {
        String text = text(cell);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw new Unreadable("plans.bulk.invalid.choice", "'" + text + "' is not one of " + allowed + ".", text, allowed);
        }
    }

    // writing ---------------------------------------------------------------------------------------------------------

    static String quote(String text) {
        return Csv.quote(text);
    }

    static String joined(java.util.Collection<String> codes) {
        return codes == null || codes.isEmpty() ? "" : Csv.quote(String.join("|", codes));
    }

    static String plain(Object value) {
        return value == null ? "" : value.toString();
    }
}
