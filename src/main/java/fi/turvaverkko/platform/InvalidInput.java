package fi.turvaverkko.platform;

/** Input that breaks a rule of the domain; answered with 400 and a message that says what was wrong. */
public class InvalidInput extends RuntimeException {

    private final String field;

    public InvalidInput(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field or parameter that was wrong, or null when the input as a whole was. */
    public String field() {
        return field;
    }
}
