package fi.turvaverkko.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the before/after summary of a change as a small JSON object, so that every module writes it the same way:
 * <pre>{@code
 * String summary = ChangeSummary.create()
 *         .changed("classification", "RESTRICTED", "INTERNAL")   // {"classification":{"before":"RESTRICTED","after":"INTERNAL"}
 *         .with("reason", reason)                                 //  ,"reason":"…"}
 *         .toJson();
 * }</pre>
 * A field whose value did not change is left out. Values are written as JSON (texts, numbers, booleans, dates,
 * lists). Never put a password, token or other secret into a summary.
 */
public final class ChangeSummary {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Object> parts = new LinkedHashMap<>();

    private ChangeSummary() {
    }

    public static ChangeSummary create() {
        return new ChangeSummary();
    }

    /** A field that changed from {@code before} to {@code after} (either may be null); nothing when they are equal. */
    public ChangeSummary changed(String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("before", before);
            change.put("after", after);
            parts.put(Objects.requireNonNull(field), change);
        }
        return this;
    }

    /** A value that explains the change (a reason, the new record's title, …). */
    public ChangeSummary with(String key, Object value) {
        parts.put(Objects.requireNonNull(key), value);
        return this;
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    public String toJson() {
        return JSON.writeValueAsString(parts);
    }

    @Override
    public String toString() {
        return toJson();
    }
}
