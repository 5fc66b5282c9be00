package fi.turvaverkko.access.web;

import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import fi.turvaverkko.access.Role;
import fi.turvaverkko.access.internal.SingleSignOn;
import fi.turvaverkko.access.internal.UserAccountRepository;

/**
 * After the provider has vouched for a person: finds (or creates, pending) their account here. The signed-in
 * principal carries our username and our roles, so that the rest of the application sees a local account.
 */
class SsoUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String PENDING = "account_pending";
    static final String REFUSED = "account_refused";
    static final String CONFLICT = "account_conflict";

    private final OidcUserService provider = new OidcUserService();
    private final SingleSignOn singleSignOn;
    private final UserAccountRepository users;
    private final boolean requireVerifiedEmail;

    SsoUserService(SingleSignOn singleSignOn, UserAccountRepository users, boolean requireVerifiedEmail) {
        this.singleSignOn = singleSignOn;
        this.users = users;
        this.requireVerifiedEmail = requireVerifiedEmail;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser person = provider.loadUser(request);
        boolean verified = requireVerifiedEmail ? Boolean.TRUE.equals(person.getEmailVerified()) : person.getEmail() != null;
        var identity = new SingleSignOn.Identity(person.getIdToken().getIssuer().toExternalForm(), person.getSubject(),
                person.getEmail(), verified, person.getFullName(), person.getPreferredUsername());
        var result = singleSignOn.signIn(identity);
        return switch (result.outcome()) {
            case SIGNED_IN -> {
                var account = users.findCredentials(result.username()).orElseThrow();
                List<GrantedAuthority> authorities = users.roles(account.id()).stream()
                        .map(Role::authority).map(SimpleGrantedAuthority::new).map(GrantedAuthority.class::cast).toList();
                yield new SignedInPerson(authorities, person, result.username());
            }
            case PENDING -> throw failure(PENDING);
            case REFUSED -> throw failure(REFUSED);
            case CONFLICT -> throw failure(CONFLICT);
        };
    }

    private static OAuth2AuthenticationException failure(String code) {
        return new OAuth2AuthenticationException(new OAuth2Error(code), code);
    }

    /** A person signed in through the provider, known here by their username (what {@code getName()} answers). */
    static final class SignedInPerson extends DefaultOidcUser {

        private static final long serialVersionUID = 1L;
        private final String username;

        SignedInPerson(List<GrantedAuthority> authorities, OidcUser person, String username) {
            super(authorities, person.getIdToken(), person.getUserInfo());
            this.username = username;
        }

        @Override
        public String getName() {
            return username;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SignedInPerson that && super.equals(that) && username.equals(that.username);
        }

        @Override
        public int hashCode() {
            return super.hashCode() * 31 + username.hashCode();
        }
    }
}
