package fi.turvaverkko.access.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page (Spring Security handles the form's POST and the single sign-on round trip), and what a person sees whose account waits for approval. */
@Controller
class LoginController {

    private final ObjectProvider<ClientRegistrationRepository> ssoRegistrations;
    private final SsoProperties sso;

    LoginController(ObjectProvider<ClientRegistrationRepository> ssoRegistrations, SsoProperties sso) {
        this.ssoRegistrations = ssoRegistrations;
        this.sso = sso;
    }

    @GetMapping("/login")
    String login(@RequestParam(name = "sso", required = false) String ssoProblem, Model model) {
        if (ssoRegistrations.getIfAvailable() != null) {
            model.addAttribute("ssoName", sso.displayName());
            model.addAttribute("ssoUrl", "/oauth2/authorization/" + SsoProperties.REGISTRATION_ID);
        }
        if (ssoProblem != null && java.util.Set.of("refused", "conflict", "failed").contains(ssoProblem)) {
            model.addAttribute("ssoProblem", "access.login.sso." + ssoProblem);
        }
        return "access/login";
    }

    @GetMapping("/login/pending")
    String pending() {
        return "access/pending";
    }
}
