package fi.turvaverkko.access.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * The OIDC client, only when single sign-on is switched on. The registration is built from our own settings with
 * explicit endpoints: Spring Boot's {@code issuer-uri} would fetch the provider's metadata over the network at start-up.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("turvaverkko.access.sso.enabled")
class SsoConfiguration {

    @Bean
    ClientRegistrationRepository ssoClientRegistrations(SsoProperties sso) {
        return new InMemoryClientRegistrationRepository(registration(sso));
    }

    static ClientRegistration registration(SsoProperties sso) {
        List<String> missing = new ArrayList<>();
        require(sso.clientId(), "client-id", missing);
        require(sso.authorizationUri(), "authorization-uri", missing);
        require(sso.tokenUri(), "token-uri", missing);
        require(sso.jwkSetUri(), "jwk-set-uri", missing);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Single sign-on is on (turvaverkko.access.sso.enabled=true) but these settings are missing: "
                    + missing.stream().map(name -> "turvaverkko.access.sso." + name).toList()
                    + ". Give the provider's endpoints explicitly (no discovery at start-up).");
        }
        if (!sso.scopes().contains("openid")) {
            throw new IllegalStateException("turvaverkko.access.sso.scopes must include openid; got " + sso.scopes());
        }
        boolean secret = sso.clientSecret() != null && !sso.clientSecret().isBlank();
        return ClientRegistration.withRegistrationId(SsoProperties.REGISTRATION_ID)
                .clientName(sso.displayName())
                .clientId(sso.clientId())
                .clientSecret(secret ? sso.clientSecret() : null)
                .clientAuthenticationMethod(secret ? ClientAuthenticationMethod.CLIENT_SECRET_BASIC : ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(sso.scopes())
                .authorizationUri(sso.authorizationUri())
                .tokenUri(sso.tokenUri())
                .jwkSetUri(sso.jwkSetUri())
                .userInfoUri(blankToNull(sso.userInfoUri()))
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .issuerUri(blankToNull(sso.issuer()))
                .build();
    }

    private static void require(String value, String name, List<String> missing) {
        if (value == null || value.isBlank()) {
            missing.add(name);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
