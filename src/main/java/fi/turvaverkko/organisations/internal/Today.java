package fi.turvaverkko.organisations.internal;

import java.time.LocalDate;
import java.time.ZoneId;

/** Terms and turns are days in Finland: "today" is the date in Helsinki, whatever the server's time zone. */
public final class Today {

    public static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

    private Today() {
    }

    public static LocalDate date() {
        return LocalDate.now(ZONE);
    }
}
