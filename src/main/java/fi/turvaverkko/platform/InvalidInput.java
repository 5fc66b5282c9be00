package fi.turvaverkko.platform;

/**
 * Input that breaks a rule of the domain; answered with 400 and a message that says what was wrong. The message is
 * English (for the API); pages show the text of {@link #messageKey()} in the reader's language when there is one.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.BAD_REQUEST)
public class InvalidInput extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final Object[] arguments;

    public InvalidInput(String field, String message) {
        this(field, null, message);
    }

    public InvalidInput(String field, String messageKey, String message, Object... arguments) {
        super(message);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** The request field or parameter that was wrong, or null when the input as a whole was. */
    public String field() {
        return field;
    }

    /** The key of the message in the bundles, or null. */
    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
