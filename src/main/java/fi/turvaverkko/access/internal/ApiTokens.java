package fi.turvaverkko.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import fi.turvaverkko.audit.AuditTrail;
import fi.turvaverkko.audit.ChangeSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fi.turvaverkko.platform.NotFound;

/**
 * API tokens for integrations: {@code tvk_} and 32 random bytes (base64url), sent as {@code Authorization: Bearer}.
 * Only the SHA-256 of a token is stored; a token speaks for its owner with the owner's current roles.
 */
@Service
public class ApiTokens {

    public static final String PREFIX = "tvk_";
    public static final int MAX_NAME_LENGTH = 100;
    /** Expiry dates are days in the city's time: a token is valid through the day it expires on. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");
    private static final int SECRET_BYTES = 32;
    private static final int HINT_LENGTH = PREFIX.length() + 4;

    private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);

    private final ApiTokenRepository tokens;
    private final SecureRandom random = new SecureRandom();

    private final AuditTrail audit;

    ApiTokens(ApiTokenRepository tokens, AuditTrail audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    /** A new token for the user; the secret in the answer is never shown again. */
    @Transactional
    public ApiToken.Created create(long userId, String name, LocalDate expiresOn) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new AccessRuleBroken("name", "access.tokens.error.nameMissing", "Give the token a name.");
        }
        if (trimmed.codePoints().anyMatch(Character::isISOControl)) {
            throw new AccessRuleBroken("name", "access.tokens.error.nameInvalid", "A token's name cannot contain control characters.");
        }
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new AccessRuleBroken("name", "access.tokens.error.nameTooLong",
                    "A token's name has at most " + MAX_NAME_LENGTH + " characters.", MAX_NAME_LENGTH);
        }
        if (expiresOn != null && expiresOn.isBefore(LocalDate.now(ZONE))) {
            throw new AccessRuleBroken("expiresOn", "access.tokens.error.expiryPast", "The expiry date is in the past.");
        }
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay(ZONE).toInstant();
        var token = tokens.insert(userId, trimmed, hash(secret), secret.substring(0, HINT_LENGTH), expiresAt);
        log.info("API token {} created for account {}", token.id(), userId);
        audit.record(fi.turvaverkko.audit.AuditTrail.currentActor(), userId, "access.api-token.created", "api-token", String.valueOf(token.id()), null,
                ChangeSummary.create().with("name", trimmed).with("expiresOn", expiresOn).toJson());
        return new ApiToken.Created(token, secret);
    }

    /** The user's tokens, unrevoked first, newest first. */
    @Transactional(readOnly = true)
    public List<ApiToken> listOf(long userId) {
        return tokens.listOf(userId);
    }

    /** Revokes one of the user's own tokens (again is fine); another user's token is not found. */
    @Transactional
    public ApiToken revoke(long userId, long tokenId) {
        if (!tokens.revoke(userId, tokenId)) {
            throw new NotFound("You have no API token " + tokenId + ".");
        }
        log.info("API token {} of account {} revoked", tokenId, userId);
        audit.record(fi.turvaverkko.audit.AuditTrail.currentActor(), userId, "access.api-token.revoked", "api-token", String.valueOf(tokenId), null, null);
        return tokens.findOf(userId, tokenId).orElseThrow();
    }

    /** The username a valid token speaks for, and the token's id; empty for an unknown, revoked or expired one. */
    @Transactional
    public Optional<Bearer> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        var holder = tokens.findHolder(hash(secret));
        holder.ifPresent(h -> tokens.markUsed(h.tokenId()));
        return holder.map(h -> new Bearer(h.tokenId(), h.username()));
    }

    public record Bearer(long tokenId, String username) {
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
