package fi.turvaverkko.access;

import static fi.turvaverkko.access.WebSession.claims;
import static fi.turvaverkko.access.WebSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import fi.turvaverkko.access.internal.UserAccountRepository;

import fi.turvaverkko.support.IntegrationTest;

/** The administrator's accounts page: pending accounts first, approving with roles and areas, rejecting, and the rules. */
class AccountAdministrationIntegrationTests extends IntegrationTest {

    @Autowired
    UserAccountRepository users;
    @Autowired
    PasswordEncoder passwords;

    WebSession admin() {
        var admin = new WebSession(port);
        assertThat(location(admin.signIn("admin", "demo"))).doesNotContain("error");
        return admin;
    }

    long pendingAccount(String subject, String email, String name) {
        assertThat(location(new WebSession(port).signInWithSso(subject, claims(email, true, name)))).endsWith("/login/pending");
        return db.sql("select id from access.user_account where sso_subject = :s").param("s", subject).query(Long.class).single();
    }

    List<String> grants(long id) {
        return db.sql("select role || coalesce(':' || area_code, '') from access.user_role where user_id = :id order by 1")
                .param("id", id).query(String.class).list();
    }

    String status(long id) {
        return db.sql("select status || ' ' || enabled from access.user_account where id = :id").param("id", id).query(String.class).single();
    }

    @Test
    void listsAccountsWithTheirRolesAndThoseWaitingFirst() {
        pendingAccount("subject-list", "listed@example.fi", "Aaro Odottaja");
        var page = admin().get("/admin/accounts");
        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("Hyväksyntää odottavia tilejä:").contains("Demo: Poliisikoordinaattori").contains("Poliisikoordinaattori");
        assertThat(body.indexOf("Aaro Odottaja")).as("pending before active").isLessThan(body.indexOf("Demo: Analyytikko"));
    }

    @Test
    void approvesAPendingAccountWithARoleLimitedToAnAreaAndThePersonCanSignIn() {
        long id = pendingAccount("subject-approve", "approved@example.fi", "Hanna Hyväksytty");
        var admin = admin();
        var detail = admin.get("/admin/accounts/" + id);
        assertThat(detail.body()).contains("Hanna Hyväksytty").contains("Hyväksy tili").contains("Hylkää tili");

        var approved = admin.post("/admin/accounts/" + id, "/admin/accounts/" + id + "/approve",
                Map.of("role", "COORDINATOR", "area.COORDINATOR", "0914, 0915"));
        assertThat(location(approved)).endsWith("/admin/accounts/" + id + "?approved");
        assertThat(status(id)).isEqualTo("ACTIVE true");
        assertThat(grants(id)).containsExactly("COORDINATOR:0914", "COORDINATOR:0915");
        assertThat(db.sql("select reviewed_by = (select id from access.user_account where username = 'admin') from access.user_account where id = :id")
                .param("id", id).query(Boolean.class).single()).isTrue();

        var person = new WebSession(port);
        assertThat(location(person.signInWithSso("subject-approve", claims("approved@example.fi", true, "Hanna Hyväksytty")))).endsWith("/");
        assertThat(person.get("/").body()).contains("Hanna Hyväksytty");
    }

    @Test
    void refusesAnApprovalWithoutRolesOrWithABadAreaCodeAndSavesNothing() {
        long id = pendingAccount("subject-bad", "bad@example.fi", "Bad Input");
        var admin = admin();
        var noRole = admin.post("/admin/accounts/" + id, "/admin/accounts/" + id + "/approve", Map.of());
        assertThat(noRole.statusCode()).isEqualTo(200);
        assertThat(noRole.body()).contains("Valitse vähintään yksi rooli.");

        var badArea = admin.post("/admin/accounts/" + id, "/admin/accounts/" + id + "/approve",
                Map.of("role", "ANALYST", "area.ANALYST", "0914, Kallio"));
        assertThat(badArea.statusCode()).isEqualTo(200);
        assertThat(badArea.body()).contains("Aluekoodissa on 3–16 numeroa (esimerkiksi 0914), ei ”Kallio”.")
                .as("the form keeps what was typed").contains("value=\"0914, Kallio\"");
        assertThat(status(id)).isEqualTo("PENDING false");
        assertThat(grants(id)).isEmpty();
    }

    @Test
    void rejectsAPendingAccount() {
        long id = pendingAccount("subject-reject", "reject@example.fi", "Rejected Here");
        var admin = admin();
        var rejected = admin.post("/admin/accounts/" + id, "/admin/accounts/" + id + "/reject", Map.of());
        assertThat(location(rejected)).endsWith("/admin/accounts?rejected=" + id);
        assertThat(status(id)).isEqualTo("REJECTED false");
        var again = admin.post("/admin/accounts/" + id, "/admin/accounts/" + id + "/reject", Map.of());
        assertThat(again.body()).contains("Vain hyväksyntää odottavan tilin voi hylätä.");
    }

    @Test
    void changesTheRolesOfAnActiveAccountAndTheyReachTheApi() {
        long id = users.create("roles.change", passwords.encode("secret-1"), "Roles Change", null, Set.of(Role.EXECUTIVE), false);
        var admin = admin();
        var saved = admin.post("/admin/accounts/" + id, "/admin/accounts/" + id + "/roles",
                Map.of("role", "EXECUTIVE", "area.EXECUTIVE", "091", "area.MEMBER", "0913"));
        assertThat(location(saved)).endsWith("?saved");
        assertThat(grants(id)).as("an area without its role's box ticked is no grant").containsExactly("EXECUTIVE:091");
        var me = parse(get("/api/me", "Authorization", basic("roles.change", "secret-1")).body());
        assertThat(me.path("roles").get(0).asString()).isEqualTo("EXECUTIVE");
        assertThat(me.path("grants").get(0).path("areaCode").asString()).isEqualTo("091");

        admin.post("/admin/accounts/" + id, "/admin/accounts/" + id + "/roles", Map.of("role", "EXECUTIVE"));
        assertThat(grants(id)).containsExactly("EXECUTIVE");
    }

    @Test
    void doesNotLetTheAdministratorTakeTheirOwnAdminRole() {
        long id = db.sql("select id from access.user_account where username = 'admin'").query(Long.class).single();
        var refused = admin().post("/admin/accounts/" + id, "/admin/accounts/" + id + "/roles", Map.of("role", "ANALYST"));
        assertThat(refused.body()).contains("Et voi poistaa ylläpitäjän roolia itseltäsi.");
        assertThat(grants(id)).containsExactly("ADMIN");
        var limited = admin().post("/admin/accounts/" + id, "/admin/accounts/" + id + "/roles", Map.of("role", "ADMIN", "area.ADMIN", "0914"));
        assertThat(limited.body()).contains("Ylläpitäjän roolia ei voi rajata alueeseen.");
        assertThat(grants(id)).containsExactly("ADMIN");
    }

    @Test
    void isForAdministratorsOnlyAndEveryChangeNeedsTheCsrfToken() {
        var coordinator = new WebSession(port);
        coordinator.signIn("coordinator", "demo");
        assertThat(coordinator.get("/admin/accounts").statusCode()).isEqualTo(403);
        assertThat(location(new WebSession(port).get("/admin/accounts"))).endsWith("/login");

        long id = pendingAccount("subject-csrf", "csrf@example.fi", "Csrf Test");
        var admin = admin();
        assertThat(admin.postWithoutCsrf("/admin/accounts/" + id + "/reject", "").statusCode()).isEqualTo(403);
        assertThat(admin.postWithoutCsrf("/admin/accounts/" + id + "/approve", "role=ADMIN").statusCode()).isEqualTo(403);
        assertThat(status(id)).isEqualTo("PENDING false");
    }

    @Test
    void answersAnUnknownAccountWithNotFound() {
        var admin = admin();
        assertThat(admin.get("/admin/accounts/999999").statusCode()).isEqualTo(404);
        assertThat(admin.post("/admin/accounts", "/admin/accounts/999999/approve", Map.of("role", "MEMBER")).statusCode()).isEqualTo(404);
        assertThat(admin.get("/admin/accounts/not-a-number").statusCode()).isEqualTo(404);
    }
}
