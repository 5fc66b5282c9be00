package fi.turvaverkko.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.ui.ExtendedModelMap;

/** Single sign-on is configuration only: off by default, and when on, explicit endpoints and no network at start-up. */
class SsoConfigurationTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SsoProperties.class)
    static class Settings {
    }

    final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Settings.class, SsoConfiguration.class);

    @Test
    void isOffUnlessSwitchedOnAndThenTheLoginPageHasNoButton() {
        context.run(app -> {
            assertThat(app).hasNotFailed().doesNotHaveBean(ClientRegistrationRepository.class);
            var model = new ExtendedModelMap();
            new LoginController(app.getBeanProvider(ClientRegistrationRepository.class), app.getBean(SsoProperties.class)).login(null, model);
            assertThat(model).doesNotContainKey("ssoName");
        });
    }

    @Test
    void usesTheGivenEndpointsWithoutAskingTheProvider() {
        // the endpoints point at nothing: a start-up that fetched anything would fail
        context.withPropertyValues("turvaverkko.access.sso.enabled=true", "turvaverkko.access.sso.client-id=turvaverkko",
                        "turvaverkko.access.sso.client-secret=s3cret",
                        "turvaverkko.access.sso.authorization-uri=https://login.invalid/oauth2/authorize",
                        "turvaverkko.access.sso.token-uri=https://login.invalid/oauth2/token",
                        "turvaverkko.access.sso.jwk-set-uri=https://login.invalid/oauth2/keys",
                        "turvaverkko.access.sso.issuer=https://login.invalid/")
                .run(app -> {
                    assertThat(app).hasNotFailed();
                    var registration = app.getBean(ClientRegistrationRepository.class).findByRegistrationId("sso");
                    assertThat(registration.getClientName()).isEqualTo("Helsingin kaupungin kirjautuminen");
                    assertThat(registration.getScopes()).containsExactly("openid", "profile", "email");
                    assertThat(registration.getProviderDetails().getTokenUri()).isEqualTo("https://login.invalid/oauth2/token");
                    assertThat(registration.getProviderDetails().getUserInfoEndpoint().getUri()).isNull();
                    var model = new ExtendedModelMap();
                    new LoginController(app.getBeanProvider(ClientRegistrationRepository.class), app.getBean(SsoProperties.class)).login(null, model);
                    assertThat(model).containsEntry("ssoName", "Helsingin kaupungin kirjautuminen");
                });
    }

    @Test
    void refusesToStartWithMissingEndpointsAndSaysWhichOnes() {
        context.withPropertyValues("turvaverkko.access.sso.enabled=true", "turvaverkko.access.sso.client-id=turvaverkko",
                        "turvaverkko.access.sso.authorization-uri=https://login.invalid/oauth2/authorize")
                .run(app -> assertThat(app).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("turvaverkko.access.sso.token-uri")
                        .hasMessageContaining("turvaverkko.access.sso.jwk-set-uri"));
    }
}
