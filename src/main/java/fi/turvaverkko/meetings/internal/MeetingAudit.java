package fi.turvaverkko.meetings.internal;

import org.springframework.stereotype.Component;

import fi.turvaverkko.access.Classification;
import fi.turvaverkko.access.CurrentUser;

/** Writes the meetings module's changes, and reads of restricted records, to the audit trail. */
@Component
public class MeetingAudit {

    public void change(CurrentUser user, String action, String objectType, long objectId, Classification classification, String summary) {
        // wired to the audit module's AuditTrail when it is merged
    }

    public void read(CurrentUser user, String objectType, long objectId) {
    }
}
