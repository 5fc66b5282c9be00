package fi.turvaverkko.audit.internal;

import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import fi.turvaverkko.audit.AuditEvent;
import fi.turvaverkko.audit.AuditTrail;
import fi.turvaverkko.audit.ChangeSummary;

/**
 * Writes every sign-in and every failed attempt into the audit trail, from Spring Security's own events (form login
 * and each HTTP Basic request alike). Only the username is kept, never the password. A failed attempt's actor is
 * {@code anonymous}: the name typed in is a claim, not an identity; it is the entry's object. If the entry cannot be
 * written, the sign-in fails too.
 */
@Component
class SignInRecorder {

    static final String ACCOUNT = "account";

    private final AuditTrail audit;

    SignInRecorder(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        String username = username(event.getAuthentication().getName());
        audit.record(new AuditEvent(username == null ? AuditEvent.ANONYMOUS : username, null, AuditTrail.SIGNED_IN,
                ACCOUNT, username, null, null));
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        String username = username(event.getAuthentication() == null ? null : event.getAuthentication().getName());
        audit.record(new AuditEvent(AuditEvent.ANONYMOUS, null, AuditTrail.SIGN_IN_FAILED, ACCOUNT, username, null,
                ChangeSummary.create().with("reason", reason(event)).toJson()));
    }

    /** What was typed as the username, made safe to keep: no control characters, at most 100 characters. */
    static String username(String typed) {
        if (typed == null) {
            return null;
        }
        String clean = typed.replaceAll("\\p{Cntrl}", "").strip();
        if (clean.length() > 100) {
            clean = clean.substring(0, 100);
        }
        return clean.isEmpty() ? null : clean;
    }

    /** AuthenticationFailureBadCredentialsEvent -> bad-credentials. */
    static String reason(AbstractAuthenticationFailureEvent event) {
        String name = event.getClass().getSimpleName().replaceFirst("^AuthenticationFailure", "").replaceFirst("Event$", "");
        return name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
