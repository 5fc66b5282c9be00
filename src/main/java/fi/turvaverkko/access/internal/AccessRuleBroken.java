package fi.turvaverkko.access.internal;

import fi.turvaverkko.platform.InvalidInput;

/**
 * A request the access rules refuse. The API answers it with 400 and the English message; a page shows the text of
 * {@code messageKey} from the access bundle instead.
 */
public class AccessRuleBroken extends InvalidInput {

    private final String messageKey;
    private final transient Object[] arguments;

    public AccessRuleBroken(String field, String messageKey, String message, Object... arguments) {
        super(field, message);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
