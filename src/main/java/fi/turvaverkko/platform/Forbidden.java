package fi.turvaverkko.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The signed-in person may not do this; answered with 403. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class Forbidden extends RuntimeException {

    public Forbidden(String message) {
        super(message);
    }
}
