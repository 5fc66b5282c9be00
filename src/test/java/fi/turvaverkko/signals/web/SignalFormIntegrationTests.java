package fi.turvaverkko.signals.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import fi.turvaverkko.support.IntegrationTest;

/**
 * Bad input on the report form: each refusal comes back as the form, filled in, with the message next to its field
 * in the user's language, and nothing is saved.
 */
class SignalFormIntegrationTests extends IntegrationTest {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    record Sent(HttpResponse<String> response, String marker) {
    }

    Sent send(String cookie, Map<String, String> overrides) {
        var page = get("/signals/new", "Cookie", cookie);
        assertThat(page.statusCode()).isEqualTo(200);
        var token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        String marker = "Testikuvaus " + UUID.randomUUID();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("phenomenon", "vandalism");
        form.put("when", "moment");
        form.put("observedAt", LocalDateTime.now(HELSINKI).minusHours(2).truncatedTo(ChronoUnit.MINUTES).toString());
        form.put("areaCode", "0913301");
        form.put("count", "2");
        form.put("description", marker);
        form.put("reliability", "OBSERVED");
        form.put("classification", "");
        form.putAll(overrides);
        form.put("_csrf", token.group(1));
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        var response = send(HttpRequest.newBuilder(URI.create(url("/signals/new"))).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "fi")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        return new Sent(response, marker);
    }

    long saved(String marker) {
        return db.sql("select count(*) from signals.signal where description like :marker").param("marker", "%" + marker + "%")
                .query(Long.class).single();
    }

    void refused(Sent sent, String field, String message) {
        assertThat(sent.response().statusCode()).isEqualTo(400);
        assertThat(sent.response().body()).contains("id=\"" + field + "-error\"").contains(message)
                .contains("Signaalia ei tallennettu")
                // the form comes back filled in
                .contains(sent.marker());
        assertThat(saved(sent.marker())).isZero();
    }

    @Test
    void aGoodReportIsSavedAndOpensTheSignalPage() {
        String cookie = signIn("youth", "demo");
        Sent sent = send(cookie, Map.of());
        assertThat(sent.response().statusCode()).isEqualTo(302);
        assertThat(sent.response().headers().firstValue("Location").orElseThrow()).matches(".*/signals/\\d+");
        assertThat(saved(sent.marker())).isEqualTo(1);
        String source = db.sql("""
                select o.code from signals.signal s join organisations.organisation o on o.id = s.source_organisation_id
                 where s.description = :marker""").param("marker", sent.marker()).query(String.class).single();
        assertThat(source).isEqualTo("youth-services");
    }

    @Test
    void refusesAnUnknownPhenomenon() {
        refused(send(signIn("youth", "demo"), Map.of("phenomenon", "alien-landings")), "phenomenon", "Ilmiötä alien-landings ei ole");
    }

    @Test
    void refusesATimeInTheFuture() {
        refused(send(signIn("youth", "demo"), Map.of("observedAt", LocalDateTime.now(HELSINKI).plusDays(2).truncatedTo(ChronoUnit.MINUTES).toString())),
                "observedAt", "Aika on tulevaisuudessa");
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        LocalDateTime now = LocalDateTime.now(HELSINKI).truncatedTo(ChronoUnit.MINUTES);
        refused(send(signIn("youth", "demo"), Map.of("when", "period", "observedFrom", now.minusHours(1).toString(),
                "observedTo", now.minusHours(5).toString())), "observedTo", "Aikaväli päättyy ennen kuin se alkaa");
    }

    @Test
    void refusesARestrictedSignalWithoutASharingList() {
        refused(send(signIn("youth", "demo"), Map.of("classification", "RESTRICTED")), "sharedWith", "Rajatulla signaalilla on oltava jakelu");
    }

    @Test
    void refusesPersonalDataInTheDescription() {
        String cookie = signIn("youth", "demo");
        Sent sent = send(cookie, Map.of());
        // a second report whose description has an e-mail address
        Sent withEmail = send(cookie, Map.of("description", "Ilmoittaja: matti.meikalainen@example.com"));
        assertThat(withEmail.response().statusCode()).isEqualTo(400);
        assertThat(withEmail.response().body()).contains("Kuvauksessa on sähköpostiosoite");
        assertThat(db.sql("select count(*) from signals.signal where description like '%@example.com%'").query(Long.class).single()).isZero();
        assertThat(saved(sent.marker())).isEqualTo(1);
    }
}
