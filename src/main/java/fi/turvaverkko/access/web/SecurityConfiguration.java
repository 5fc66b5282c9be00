package fi.turvaverkko.access.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

import fi.turvaverkko.access.Accounts;

/**
 * Two rule sets. The API under /api is stateless: HTTP Basic with local accounts, errors as problem+json, no session
 * and so no CSRF token. Pages use form login with a session, CSRF protection and a content security policy that
 * allows no inline script.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity
class SecurityConfiguration {

    static final String[] PUBLIC_PAGES = { "/", "/areas", "/areas/**", "/login", "/language", "/error", "/error/**",
            "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/actuator/health", "/actuator/health/**",
            "/actuator/info", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**" };

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/areas", "/api/areas/**", "/api/municipalities").permitAll()
                        .requestMatchers("/api/admin/**", "/api/audit/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::unauthorized))
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
    SecurityFilterChain pages(HttpSecurity http, Accounts accounts, @Value("${turvaverkko.map.tile-url:}") String tileUrl) throws Exception {
        var loginSuccess = new SavedRequestAwareAuthenticationSuccessHandler();
        loginSuccess.setDefaultTargetUrl("/");
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .successHandler((request, response, authentication) -> {
                            accounts.findCurrentUser().map(user -> user.language()).ifPresent(language -> {
                                if (language != null) {
                                    response.addCookie(Accounts.languageCookie(language));
                                }
                            });
                            loginSuccess.onAuthenticationSuccess(request, response, authentication);
                        }))
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

    private static void unauthorized(HttpServletRequest request, HttpServletResponse response,
            org.springframework.security.core.AuthenticationException e) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Turvaverkko\"");
        problem(request, response, 401, "Unauthorized",
                "Sign in: send HTTP Basic credentials of a local account (Authorization: Basic ...).");
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
