package fi.turvaverkko.signals.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import fi.turvaverkko.support.IntegrationTest;

/** Admins rename, move and retire phenomena on /admin/phenomena; nobody else opens it. */
class PhenomenonAdminIntegrationTests extends IntegrationTest {

    HttpResponse<String> post(String cookie, String path, String form) {
        var page = get("/admin/phenomena", "Cookie", cookie);
        var token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build());
    }

    @Test
    void adminRenamesAndRetiresAPhenomenonAndRestoresIt() {
        String cookie = signIn("admin", "demo");
        var page = get("/admin/phenomena", "Cookie", cookie);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Katukauppa huumeilla").contains("street-drug-dealing");
        int id = db.sql("select id from signals.phenomenon where code = 'other'").query(Integer.class).single();
        int category = db.sql("select category_id from signals.phenomenon where id = :id").param("id", id).query(Integer.class).single();

        var renamed = post(cookie, "/admin/phenomena/" + id, "category=" + category + "&nameFi=Muu+ilmi%C3%B6&nameSv=Annat&nameEn=Other+phenomenon");
        assertThat(renamed.statusCode()).isEqualTo(302);
        assertThat(db.sql("select name_fi || '/' || active from signals.phenomenon where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("Muu ilmiö/false");

        var refused = post(cookie, "/admin/phenomena/" + id, "category=" + category + "&nameFi=&nameSv=Annat&nameEn=Other&active=true");
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(db.sql("select name_fi from signals.phenomenon where id = :id").param("id", id).query(String.class).single()).isEqualTo("Muu ilmiö");

        post(cookie, "/admin/phenomena/" + id, "category=" + category + "&nameFi=Muu&nameSv=Annat&nameEn=Other&active=true");
        assertThat(db.sql("select name_fi || '/' || active from signals.phenomenon where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("Muu/true");
    }

    @Test
    void onlyAdminsOpenThePhenomenaPage() {
        assertThat(get("/admin/phenomena", "Cookie", signIn("coordinator", "demo")).statusCode()).isEqualTo(403);
    }
}
