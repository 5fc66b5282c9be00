package fi.turvaverkko.signals;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule that keeps personal data out of signals: the system works on phenomena, places and counts, so a text with
 * a Finnish personal identity code (henkilötunnus, with a valid check character), a phone number or an e-mail address
 * is refused. Names cannot be recognised reliably and are covered by the instructions on the form.
 */
public final class PersonalData {

    /** What was found. */
    public enum Kind {
        PERSONAL_IDENTITY_CODE, PHONE_NUMBER, EMAIL_ADDRESS;

        public String messageKey() {
            return "signal.personal-data." + name();
        }

        public String explanation() {
            return switch (this) {
                case PERSONAL_IDENTITY_CODE -> "a Finnish personal identity code";
                case PHONE_NUMBER -> "a phone number";
                case EMAIL_ADDRESS -> "an e-mail address";
            };
        }
    }

    private static final String CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    private static final Pattern IDENTITY_CODE = Pattern.compile(
            "(?<![0-9A-Za-z])(\\d{2})(\\d{2})(\\d{2})([-+ABCDEFYXWVU])(\\d{3})([0-9A-Ya-y])(?![0-9A-Za-z])");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    /** +358 40 123 4567, 040-123 4567, 0401234567, (09) 310 1234 … : a leading + or 0 and at least 7 more digits. */
    private static final Pattern PHONE = Pattern.compile("(?<![\\d])(?:\\+\\d{1,3}[ -]?|\\(?0\\d{1,3}\\)?[ -]?)\\d(?:[ -]?\\d){5,9}(?![\\d])");

    private PersonalData() {
    }

    /** The first kind of personal data in the text, if any. */
    public static Optional<Kind> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher code = IDENTITY_CODE.matcher(text);
        while (code.find()) {
            if (validIdentityCode(code)) {
                return Optional.of(Kind.PERSONAL_IDENTITY_CODE);
            }
        }
        if (EMAIL.matcher(text).find()) {
            return Optional.of(Kind.EMAIL_ADDRESS);
        }
        if (PHONE.matcher(text).find()) {
            return Optional.of(Kind.PHONE_NUMBER);
        }
        return Optional.empty();
    }

    private static boolean validIdentityCode(Matcher m) {
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            return false;
        }
        long number = Long.parseLong(m.group(1) + m.group(2) + m.group(3) + m.group(5));
        char expected = CHECK_CHARACTERS.charAt((int) (number % 31));
        return Character.toUpperCase(m.group(6).charAt(0)) == expected;
    }
}
