package fi.turvaverkko.access.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

import fi.turvaverkko.access.Role;
import fi.turvaverkko.access.internal.ApiTokens;
import fi.turvaverkko.access.internal.UserAccountRepository;

/**
 * {@code Authorization: Bearer tvk_…} on the API: the request speaks for the token's owner, with the owner's roles as
 * they are now. An unknown, revoked or expired token, or one of a disabled account, is answered with 401 at once.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final UserAccountRepository users;
    private final AuthenticationEntryPoint entryPoint;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ApiTokenAuthenticationFilter(ApiTokens tokens, UserAccountRepository users, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.users = users;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        var bearer = tokens.authenticate(header.substring(7).strip());
        var account = bearer.flatMap(b -> users.findCredentials(b.username()));
        if (bearer.isEmpty() || account.isEmpty()) {
            contexts.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("The API token is unknown, revoked or expired."));
            return;
        }
        List<GrantedAuthority> authorities = users.roles(account.get().id()).stream()
                .map(Role::authority).map(SimpleGrantedAuthority::new).map(GrantedAuthority.class::cast).toList();
        var context = contexts.createEmptyContext();
        context.setAuthentication(new ApiTokenAuthentication(bearer.get().username(), bearer.get().tokenId(), authorities));
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }

    /** A request authenticated by an API token: its principal is the owner's username. */
    static final class ApiTokenAuthentication extends AbstractAuthenticationToken {

        private static final long serialVersionUID = 1L;
        private final String username;
        private final long tokenId;

        ApiTokenAuthentication(String username, long tokenId, List<GrantedAuthority> authorities) {
            super(authorities);
            this.username = username;
            this.tokenId = tokenId;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return username;
        }

        long tokenId() {
            return tokenId;
        }
    }
}
