package fi.turvaverkko.signals.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import fi.turvaverkko.platform.InvalidInput;

/**
 * Times in an import file, read by hand (a million rows make {@code DateTimeFormatter} show in the profile): ISO-8601
 * instants with Z or an offset ({@code 2026-05-01T12:00:00+03:00}), local date-times meaning Helsinki time
 * ({@code 2026-05-01T12:00}, {@code 2026-05-01 12:00:00}, {@code 1.5.2026 12:00}) and dates ({@code 2026-05-01},
 * {@code 1.5.2026}) meaning the whole day.
 */
final class SignalImportTime {

    /** A moment, or a whole day. */
    record Value(Instant start, Instant end) {
        boolean isDay() {
            return !start.equals(end);
        }
    }

    private SignalImportTime() {
    }

    static Value parse(String text, String column) {
        String s = text.strip();
        try {
            Value value = s.length() >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-' ? iso(s) : finnish(s);
            if (value != null) {
                return value;
            }
        } catch (DateTimeException | NumberFormatException e) {
            // falls through to the message
        }
        throw new InvalidInput(column, "signals.import.invalid.time", column + " '" + s + "' is not a time: write 2026-05-01T12:00:00+03:00, "
                + "2026-05-01T12:00 (Helsinki time), 2026-05-01 or 1.5.2026 (the whole day).", s);
    }

    private static Value iso(String s) {
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        if (s.length() == 10) {
            return day(LocalDate.of(year, month, day));
        }
        char t = s.charAt(10);
        if ((t != 'T' && t != 't' && t != ' ') || s.length() < 16 || s.charAt(13) != ':') {
            return null;
        }
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = 0;
        int nanos = 0;
        int i = 16;
        if (i < s.length() && s.charAt(i) == ':') {
            second = digits(s, i + 1, 2);
            i += 3;
            if (i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
                int start = ++i;
                while (i < s.length() && Character.isDigit(s.charAt(i))) {
                    i++;
                }
                if (i == start || i - start > 9) {
                    return null;
                }
                nanos = digits(s, start, i - start);
                for (int k = i - start; k < 9; k++) {
                    nanos *= 10;
                }
            }
        }
        LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nanos);
        Instant instant;
        if (i == s.length()) {
            instant = local.atZone(SignalRules.HELSINKI).toInstant();
        } else if (s.length() == i + 1 && (s.charAt(i) == 'Z' || s.charAt(i) == 'z')) {
            instant = local.toInstant(ZoneOffset.UTC);
        } else if (s.charAt(i) == '+' || s.charAt(i) == '-') {
            instant = local.toInstant(ZoneOffset.of(s.substring(i)));
        } else {
            return null;
        }
        return new Value(instant, instant);
    }

    /** d.M.yyyy with an optional H:mm[:ss], as Finnish Excel writes them. */
    private static Value finnish(String s) {
        int dot1 = s.indexOf('.');
        int dot2 = dot1 < 0 ? -1 : s.indexOf('.', dot1 + 1);
        if (dot1 < 1 || dot2 < 0) {
            return null;
        }
        int space = s.indexOf(' ', dot2);
        int day = Integer.parseInt(s, 0, dot1, 10);
        int month = Integer.parseInt(s, dot1 + 1, dot2, 10);
        int year = Integer.parseInt(s, dot2 + 1, space < 0 ? s.length() : space, 10);
        if (year < 1000) {
            return null;
        }
        LocalDate date = LocalDate.of(year, month, day);
        if (space < 0) {
            return day(date);
        }
        String[] time = s.substring(space + 1).strip().replace('.', ':').split(":");
        if (time.length < 2 || time.length > 3) {
            return null;
        }
        LocalDateTime local = date.atTime(Integer.parseInt(time[0]), Integer.parseInt(time[1]), time.length == 3 ? Integer.parseInt(time[2]) : 0);
        Instant instant = local.atZone(SignalRules.HELSINKI).toInstant();
        return new Value(instant, instant);
    }

    static Value day(LocalDate date) {
        return new Value(date.atStartOfDay(SignalRules.HELSINKI).toInstant(),
                date.plusDays(1).atStartOfDay(SignalRules.HELSINKI).toInstant().minusSeconds(1));
    }

    private static int digits(String s, int from, int length) {
        if (from + length > s.length()) {
            throw new NumberFormatException();
        }
        int value = 0;
        for (int i = from; i < from + length; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException();
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
