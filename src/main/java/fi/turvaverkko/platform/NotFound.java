package fi.turvaverkko.platform;

/** Something asked for by its identifier does not exist (or the asker may not know that it does); answered with 404. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
