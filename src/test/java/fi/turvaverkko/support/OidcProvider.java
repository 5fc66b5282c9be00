package fi.turvaverkko.support;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

/**
 * A real OIDC provider for the tests (navikt's mock-oauth2-server), one per test JVM on a free port, with a login form
 * where a person types who they are (the subject) and the claims the provider vouches for (JSON). The application's
 * single sign-on points at its issuer {@value #ISSUER_ID} through {@link IntegrationTest}'s settings.
 */
public final class OidcProvider {

    public static final String ISSUER_ID = "city";
    public static final String CLIENT_ID = "turvaverkko";
    public static final String CLIENT_SECRET = "test-secret";

    private static MockOAuth2Server server;

    private OidcProvider() {
    }

    public static synchronized MockOAuth2Server server() {
        if (server == null) {
            var started = new MockOAuth2Server(new OAuth2Config(true));
            started.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::shutdown, "oidc-provider-shutdown"));
            server = started;
        }
        return server;
    }

    public static String issuer() {
        return server().issuerUrl(ISSUER_ID).toString();
    }

    public static String authorizationUri() {
        return server().authorizationEndpointUrl(ISSUER_ID).toString();
    }

    public static String tokenUri() {
        return server().tokenEndpointUrl(ISSUER_ID).toString();
    }

    public static String jwkSetUri() {
        return server().jwksUrl(ISSUER_ID).toString();
    }

    public static String userInfoUri() {
        return server().userInfoUrl(ISSUER_ID).toString();
    }

    /** The claims a person types into the provider's login form: a verified e-mail address and a name. */
    public static String claims(String email, boolean verified, String name) {
        return "{\"email\":\"" + email + "\",\"email_verified\":" + verified + ",\"name\":\"" + name + "\"}";
    }
}
