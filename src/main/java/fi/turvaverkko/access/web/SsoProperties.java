package fi.turvaverkko.access.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on with the city's OIDC provider, next to local accounts. Every endpoint is given explicitly, so that
 * start-up needs no network (no discovery from an issuer).
 *
 * @param enabled               on: the login page offers the provider's button; off (default): nothing OIDC-related is active
 * @param displayName           the provider's name on the button ("Sign in: {displayName}")
 * @param clientId              the client id registered at the provider
 * @param clientSecret          its secret (from the environment, never from the repository)
 * @param authorizationUri      the provider's authorization endpoint
 * @param tokenUri              its token endpoint
 * @param jwkSetUri             its JSON Web Key Set, to check the signatures of ID tokens
 * @param userInfoUri           its user info endpoint; empty: the ID token's claims alone
 * @param issuer                the {@code iss} the provider's ID tokens must carry; empty: not checked
 * @param scopes                the scopes asked for
 * @param requireVerifiedEmail  match a first sign-in by e-mail only when the provider says {@code email_verified: true};
 *                              turn off for providers that vouch for every address but do not send the claim
 */
@ConfigurationProperties("turvaverkko.access.sso")
public record SsoProperties(@DefaultValue("false") boolean enabled,
        @DefaultValue("Helsingin kaupungin kirjautuminen") String displayName,
        String clientId, String clientSecret, String authorizationUri, String tokenUri, String jwkSetUri, String userInfoUri,
        String issuer, @DefaultValue({ "openid", "profile", "email" }) List<String> scopes,
        @DefaultValue("true") boolean requireVerifiedEmail) {

    /** The registration's id, in the URLs /oauth2/authorization/sso and /login/oauth2/code/sso. */
    public static final String REGISTRATION_ID = "sso";
}
