package fi.turvaverkko.access.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

import fi.turvaverkko.access.Accounts;
import fi.turvaverkko.access.internal.ApiTokens;
import fi.turvaverkko.access.internal.SingleSignOn;
import fi.turvaverkko.access.internal.UserAccountRepository;

/**
 * Two rule sets. The API under /api is stateless: HTTP Basic with local accounts or a bearer API token, errors as
 * problem+json, no session and so no CSRF token. Pages use form login (and single sign-on, when configured) with a
 * session, CSRF protection and a content security policy that allows no inline script.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    static final String[] PUBLIC_PAGES = { "/", "/areas", "/areas/**", "/public", "/public/**", "/login", "/login/pending", "/language", "/error", "/error/**",
            "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/actuator/health", "/actuator/health/**",
            "/actuator/info", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**" };

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, UserAccountRepository users) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/areas", "/api/areas/**", "/api/municipalities", "/api/public/**").permitAll()
                        .requestMatchers("/api/admin/**", "/api/audit/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::unauthorized))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, users, SecurityConfiguration::invalidToken),
                        BasicAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(SecurityConfiguration::unauthorized)
                        .accessDeniedHandler((request, response, denied) -> problem(request, response, 403, "Forbidden",
                                "Your account may not do this.")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, Accounts accounts, @Value("${turvaverkko.map.tile-url:}") String tileUrl,
            ObjectProvider<ClientRegistrationRepository> ssoRegistrations, SsoProperties sso, SingleSignOn singleSignOn,
            UserAccountRepository users) throws Exception {
        var loginSuccess = new SavedRequestAwareAuthenticationSuccessHandler();
        loginSuccess.setDefaultTargetUrl("/");
        AuthenticationSuccessHandler signedIn = (request, response, authentication) -> {
            accounts.findCurrentUser().map(user -> user.language()).ifPresent(language -> {
                if (language != null) {
                    response.addCookie(Accounts.languageCookie(language));
                }
            });
            loginSuccess.onAuthenticationSuccess(request, response, authentication);
        };
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll().successHandler(signedIn));
        var registrations = ssoRegistrations.getIfAvailable();
        if (registrations != null) {
            http.oauth2Login(oidc -> oidc.loginPage("/login")
                    .clientRegistrationRepository(registrations)
                    .authorizedClientRepository(new NoAuthorizedClients())
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new SsoUserService(singleSignOn, users, sso.requireVerifiedEmail())))
                    .successHandler(signedIn)
                    .failureHandler((request, response, exception) -> response.sendRedirect(request.getContextPath() + ssoFailurePage(exception))));
        }
        http
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?loggedOut").permitAll())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(tileUrl)))
                        .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", "camera=(), microphone=(), geolocation=(self)"))
                        .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")));
        return http.build();
    }

    /** No inline script anywhere; map tiles may come from the configured tile server. */
    static String contentSecurityPolicy(String tileUrl) {
        String tiles = "";
        if (tileUrl != null && !tileUrl.isBlank()) {
            URI uri = URI.create(tileUrl.replace("{", "").replace("}", ""));
            tiles = " " + uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        }
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:" + tiles
                + "; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    /** Where a failed single sign-on sends the person: a page that says why, in their language. */
    static String ssoFailurePage(org.springframework.security.core.AuthenticationException exception) {
        String code = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "";
        return switch (code) {
            case SsoUserService.PENDING -> "/login/pending";
            case SsoUserService.REFUSED -> "/login?sso=refused";
            case SsoUserService.CONFLICT -> "/login?sso=conflict";
            default -> {
                log.warn("Single sign-on failed: {}", exception.getMessage());
                yield "/login?sso=failed";
            }
        };
    }

    private static void unauthorized(HttpServletRequest request, HttpServletResponse response,
            org.springframework.security.core.AuthenticationException e) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Turvaverkko\", Bearer realm=\"Turvaverkko\"");
        problem(request, response, 401, "Unauthorized",
                "Sign in: send HTTP Basic credentials of a local account (Authorization: Basic ...) or an API token (Authorization: Bearer tvk_...).");
    }

    private static void invalidToken(HttpServletRequest request, HttpServletResponse response,
            org.springframework.security.core.AuthenticationException e) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"Turvaverkko\", error=\"invalid_token\"");
        problem(request, response, 401, "Unauthorized", "The API token is unknown, revoked or expired.");
    }

    private static void problem(HttpServletRequest request, HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"instance\":\"" + request.getRequestURI().replace("\"", "") + "\"}");
    }
}
