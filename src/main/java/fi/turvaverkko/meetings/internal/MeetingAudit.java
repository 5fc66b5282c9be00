package fi.turvaverkko.meetings.internal;

import org.springframework.stereotype.Component;

import fi.turvaverkko.access.Classification;
import fi.turvaverkko.access.CurrentUser;
import fi.turvaverkko.audit.AuditTrail;

/** Writes the meetings module's changes, and every read of a restricted record, to the audit trail (in the caller's transaction). */
@Component
public class MeetingAudit {

    private final AuditTrail audit;

    MeetingAudit(AuditTrail audit) {
        this.audit = audit;
    }

    public void change(CurrentUser user, String action, String objectType, long objectId, Classification classification, String summary) {
        audit.record(user.username(), user.id(), action, "meetings." + objectType, String.valueOf(objectId),
                classification == null ? null : classification.name(), summary);
    }

    public void read(CurrentUser user, String objectType, long objectId) {
        audit.recordRead(user.username(), user.id(), "meetings." + objectType, String.valueOf(objectId), Classification.RESTRICTED.name());
    }
}
