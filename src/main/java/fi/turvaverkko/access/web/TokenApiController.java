package fi.turvaverkko.access.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import fi.turvaverkko.access.Accounts;
import fi.turvaverkko.access.CurrentUser;
import fi.turvaverkko.access.internal.ApiToken;
import fi.turvaverkko.access.internal.ApiTokens;
import fi.turvaverkko.platform.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Me", description = "The signed-in account")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@RestController
@RequestMapping("/api/me/tokens")
class TokenApiController {

    private final Accounts accounts;
    private final ApiTokens tokens;

    TokenApiController(Accounts accounts, ApiTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @Operation(summary = "One's own API tokens (never their secrets), unrevoked first, newest first")
    @GetMapping
    List<TokenView> list() {
        var now = Instant.now();
        return tokens.listOf(current().id()).stream().map(token -> TokenView.of(token, now, null)).toList();
    }

    @Operation(summary = "Create an API token; the answer carries its secret, which is never shown again",
            description = "expiresOn (optional, yyyy-mm-dd): the token is valid through that day (Helsinki time). "
                    + "Send the secret as 'Authorization: Bearer tvk_...'. A request authenticated by a token cannot create tokens.")
    @PostMapping
    ResponseEntity<TokenView> create(@RequestBody NewToken request) {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthenticationFilter.ApiTokenAuthentication) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "An API token cannot create API tokens: sign in with your account (HTTP Basic or the page /account/tokens).");
        }
        var created = tokens.create(current().id(), request.name(), request.expiresOn());
        return ResponseEntity.created(URI.create("/api/me/tokens"))
                .body(TokenView.of(created.token(), Instant.now(), created.secret()));
    }

    @Operation(summary = "Revoke one of one's own API tokens (404 for another account's token)")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable long id) {
        tokens.revoke(current().id(), id);
    }

    private CurrentUser current() {
        return accounts.findCurrentUser().orElseThrow(() -> new NotFound("The account is no longer active."));
    }

    record NewToken(String name, LocalDate expiresOn) {
    }

    /** {@code secret} only in the answer to creating the token. */
    record TokenView(long id, String name, String hint, ApiToken.State state, Instant createdAt, Instant expiresAt,
            Instant lastUsedAt, Instant revokedAt, String secret) {

        static TokenView of(ApiToken token, Instant now, String secret) {
            return new TokenView(token.id(), token.name(), token.hint(), token.state(now), token.createdAt(), token.expiresAt(),
                    token.lastUsedAt(), token.revokedAt(), secret);
        }
    }
}
