package fi.turvaverkko.access.internal;

import java.time.Instant;

/** An API token as its owner sees it later: never the secret, which is shown once when it is created. */
public record ApiToken(long id, String name, String hint, Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

    public enum State {
        ACTIVE, EXPIRED, REVOKED;

        public String messageKey() {
            return "access.tokens.state." + name();
        }
    }

    public State state(Instant now) {
        if (revokedAt != null) {
            return State.REVOKED;
        }
        return expiresAt != null && !expiresAt.isAfter(now) ? State.EXPIRED : State.ACTIVE;
    }

    /** A token just created, with its secret: the only time the secret exists outside the caller's hands. */
    public record Created(ApiToken token, String secret) {
    }
}
