package fi.turvaverkko.platform;

/**
 * A request that is valid in itself but conflicts with the record's current state (reporting on a cancelled action, a
 * change based on an old version); answered with 409. {@code messageKey} names the text pages show.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
public class Conflict extends RuntimeException {

    private final String messageKey;

    public Conflict(String messageKey, String message) {
        super(message);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
