package fi.turvaverkko.access.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a person who signed in at the city's OIDC provider is here. The provider's subject (with its issuer) is stored on
 * the account at the first sign-in and used from then on. A first-time person is matched by a verified e-mail address
 * (ignoring case) to an enabled account; with no match, a pending account waits for an administrator's approval.
 */
@Service
public class SingleSignOn {

    private static final Logger log = LoggerFactory.getLogger(SingleSignOn.class);

    /** What the provider told about the person. {@code emailVerified}: the provider vouches for the address. */
    public record Identity(String issuer, String subject, String email, boolean emailVerified, String name, String preferredUsername) {

        public Identity {
            if (issuer == null || issuer.isBlank() || subject == null || subject.isBlank()) {
                throw new IllegalArgumentException("An OIDC identity needs an issuer and a subject");
            }
            email = clean(email);
            name = clean(name);
            preferredUsername = clean(preferredUsername);
        }

        /** The provider is trusted, but a control character would still not fit in a database text column. */
        private static String clean(String value) {
            String cleaned = value == null ? null : value.replaceAll("\\p{Cntrl}", "").strip();
            return cleaned == null || cleaned.isEmpty() ? null : cleaned;
        }
    }

    public enum Outcome {
        /** Signed in as an active account. */
        SIGNED_IN,
        /** The account waits for an administrator (created now or earlier). */
        PENDING,
        /** An administrator turned the account down, or it has been disabled. */
        REFUSED,
        /** The e-mail address belongs to an account already linked to another sign-in, or to several accounts. */
        CONFLICT
    }

    public record Result(Outcome outcome, String username) {
    }

    private final UserAccountRepository users;

    SingleSignOn(UserAccountRepository users) {
        this.users = users;
    }

    @Transactional
    public Result signIn(Identity person) {
        users.lockForSignIn(person.issuer(), person.subject());
        var known = users.findBySsoSubject(person.issuer(), person.subject());
        if (known.isPresent()) {
            return resultFor(known.get());
        }
        if (person.email() != null && person.emailVerified()) {
            // only active accounts are matched: an account waiting for approval or turned down proves nothing
            List<UserAccountRepository.SsoAccount> matches = users.listByEmail(person.email()).stream()
                    .filter(account -> account.status() == AccountStatus.ACTIVE && account.enabled()).toList();
            if (matches.size() > 1) {
                log.warn("Single sign-on: {} accounts have the e-mail address of subject {}; none is linked", matches.size(), person.subject());
                return new Result(Outcome.CONFLICT, null);
            }
            if (matches.size() == 1) {
                var match = matches.getFirst();
                if (match.ssoSubject() != null) {
                    log.warn("Single sign-on: account '{}' is already linked to another subject; subject {} is not linked",
                            match.username(), person.subject());
                    return new Result(Outcome.CONFLICT, null);
                }
                users.linkSso(match.id(), person.issuer(), person.subject());
                log.info("Single sign-on: linked account '{}' to its first sign-in by e-mail address", match.username());
                return new Result(Outcome.SIGNED_IN, match.username());
            }
        }
        // one new account at a time, so that two newcomers cannot both pick the same free username
        users.lockForSignIn("", "new account");
        String username = freeUsername(person);
        // an address the provider does not vouch for is not kept: it could later be mistaken for a verified one
        String email = person.emailVerified() ? person.email() : null;
        users.createPending(username, displayName(person, username, email), email, person.issuer(), person.subject());
        log.info("Single sign-on: created the pending account '{}' for an administrator to approve", username);
        return new Result(Outcome.PENDING, username);
    }

    private static Result resultFor(UserAccountRepository.SsoAccount account) {
        return switch (account.status()) {
            case ACTIVE -> account.enabled() ? new Result(Outcome.SIGNED_IN, account.username()) : new Result(Outcome.REFUSED, null);
            case PENDING -> new Result(Outcome.PENDING, account.username());
            case REJECTED -> new Result(Outcome.REFUSED, null);
        };
    }

    private static String displayName(Identity person, String username, String email) {
        if (person.name() != null && !person.name().isBlank()) {
            return person.name().trim();
        }
        return email != null ? email : username;
    }

    /** A username from the provider's preferred username or the e-mail address, made to fit our rules and unique. */
    String freeUsername(Identity person) {
        String source = person.preferredUsername() != null && !person.preferredUsername().isBlank() ? person.preferredUsername()
                : person.email() != null ? person.email().replaceFirst("@.*$", "") : "";
        String base = usernameFrom(source);
        if (!users.exists(base)) {
            return base;
        }
        for (int n = 2; n < 1000; n++) {
            String candidate = base.substring(0, Math.min(base.length(), 58)) + "-" + n;
            if (!users.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No free username for " + base);
    }

    static String usernameFrom(String source) {
        String plain = Normalizer.normalize(source == null ? "" : source, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", ".").replaceAll("^[._-]+|[._-]+$", "");
        if (plain.length() > 56) {
            plain = plain.substring(0, 56);
        }
        return plain.length() < 2 ? "sso-user" : plain;
    }
}
