package fi.turvaverkko.organisations.internal;

import java.util.List;

/**
 * One broken rule: the field it concerns (as the request names it, e.g. {@code members[2].from}), the key of its
 * message in the bundles with the message's arguments, and the message in English for the API.
 */
public record Violation(String field, String key, List<Object> args, String message) {

    public Violation {
        args = List.copyOf(args);
    }

    public static Violation of(String field, String key, String message, Object... args) {
        return new Violation(field, key, List.of(args), message);
    }
}
