package fi.turvaverkko.audit;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What happened, to be written into the audit trail: who ({@code actor}: a username, {@link #SYSTEM} or
 * {@link #ANONYMOUS}; {@code actorId}: the account's id when known), which {@code action} (dotted, lower case, e.g.
 * {@code meeting.decision.recorded}), on which object ({@code objectType}, {@code objectId}), the object's
 * classification ({@code PUBLIC}, {@code INTERNAL} or {@code RESTRICTED}) and a before/after {@code summary} of the
 * changes (see {@link ChangeSummary}). Only actor and action are required.
 * <p>
 * A value that breaks these rules is a programming error: the constructor throws {@link IllegalArgumentException}.
 */
public record AuditEvent(String actor, Long actorId, String action, String objectType, String objectId,
        String classification, String summary) {

    /** The actor of work the application does by itself (start-up, schedules). */
    public static final String SYSTEM = "system";
    /** The actor of a request nobody is signed in to. */
    public static final String ANONYMOUS = "anonymous";

    public static final Set<String> CLASSIFICATIONS = Set.of("PUBLIC", "INTERNAL", "RESTRICTED");
    public static final int MAX_SUMMARY_LENGTH = 65_536;

    static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");
    static final Pattern OBJECT_TYPE = Pattern.compile("[a-z][a-z0-9_.-]{0,63}");

    public AuditEvent {
        if (actor == null || actor.isBlank() || actor.length() > 200 || actor.strip().length() != actor.length()) {
            throw new IllegalArgumentException("An audit actor is a username, 'system' or 'anonymous' (1 to 200 characters, no surrounding spaces); got '" + actor + "'.");
        }
        if (action == null || !ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("An audit action is dotted lower case, e.g. 'meeting.decision.recorded'; got '" + action + "'.");
        }
        if (objectType != null && !OBJECT_TYPE.matcher(objectType).matches()) {
            throw new IllegalArgumentException("An audit object type is lower case, e.g. 'meeting.decision'; got '" + objectType + "'.");
        }
        if (objectId != null && (objectId.isEmpty() || objectId.length() > 200)) {
            throw new IllegalArgumentException("An audit object id has 1 to 200 characters; got '" + objectId + "'.");
        }
        if (classification != null && !CLASSIFICATIONS.contains(classification)) {
            throw new IllegalArgumentException("An audit classification is PUBLIC, INTERNAL or RESTRICTED; got '" + classification + "'.");
        }
        if (summary != null && summary.length() > MAX_SUMMARY_LENGTH) {
            throw new IllegalArgumentException("An audit summary has at most " + MAX_SUMMARY_LENGTH + " characters; summarise the change.");
        }
        for (String text : new String[] { actor, objectId, summary }) {
            if (text != null && text.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("Audit texts cannot contain the NUL character.");
            }
        }
    }

    /** A read of a record, typically a RESTRICTED one: action {@code record.read}. */
    public static AuditEvent read(String actor, Long actorId, String objectType, String objectId, String classification) {
        return new AuditEvent(actor, actorId, AuditTrail.RECORD_READ, objectType, objectId, classification, null);
    }
}
