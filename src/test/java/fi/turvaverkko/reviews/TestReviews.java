package fi.turvaverkko.reviews;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import fi.turvaverkko.access.Classification;
import fi.turvaverkko.plans.ActionState;
import fi.turvaverkko.reviews.ReviewContent.ActionLine;
import fi.turvaverkko.reviews.ReviewContent.AreaCount;
import fi.turvaverkko.reviews.ReviewContent.AttentionLine;
import fi.turvaverkko.reviews.ReviewContent.ChangeLine;
import fi.turvaverkko.reviews.ReviewContent.EmergingLine;
import fi.turvaverkko.reviews.ReviewContent.FocusAreaLine;
import fi.turvaverkko.reviews.ReviewContent.HotSpotLine;
import fi.turvaverkko.reviews.ReviewContent.IndicatorPart;
import fi.turvaverkko.reviews.ReviewContent.PhenomenonCount;
import fi.turvaverkko.reviews.ReviewContent.PlanPart;
import fi.turvaverkko.reviews.ReviewContent.Progress;
import fi.turvaverkko.reviews.ReviewContent.RestrictedItem;
import fi.turvaverkko.reviews.ReviewContent.SnapshotPart;
import fi.turvaverkko.reviews.ReviewContent.StateCount;
import fi.turvaverkko.reviews.ReviewContent.TaskLine;
import fi.turvaverkko.reviews.ReviewContent.ValuePoint;

/** A compiled review with something in every part, for the document's tests (no database, no plans data needed). */
public final class TestReviews {

    private TestReviews() {
    }

    /** The codes of the four test areas that {@link #geoJson()} draws. */
    public static final List<String> AREAS = List.of("0911101", "0911102", "0913301", "0913302");

    /** Four squares side by side around Helsinki's centre, as the areas module writes GeoJSON. */
    public static byte[] geoJson() {
        StringBuilder out = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < AREAS.size(); i++) {
            double lon = 24.90 + (i % 2) * 0.05;
            double lat = 60.15 + (i / 2) * 0.025;
            if (i > 0) {
                out.append(',');
            }
            out.append("{\"type\":\"Feature\",\"properties\":{\"code\":\"").append(AREAS.get(i)).append("\"},\"geometry\":{\"type\":\"Polygon\",")
                    .append("\"coordinates\":[[[").append(lon).append(',').append(lat).append("],[").append(lon + 0.05).append(',').append(lat)
                    .append("],[").append(lon + 0.05).append(',').append(lat + 0.025).append("],[").append(lon).append(',').append(lat + 0.025)
                    .append("],[").append(lon).append(',').append(lat).append("]]]}}");
        }
        return out.append("]}").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public static Review review(ReviewLanguage language, Classification classification, Audience audience, int actionCount) {
        boolean sv = language == ReviewLanguage.SV;
        Instant compiled = Instant.parse("2026-10-05T09:30:00Z");
        List<ActionLine> actions = new ArrayList<>();
        ActionState[] states = ActionState.values();
        for (int i = 0; i < actionCount; i++) {
            ActionState state = states[i % states.length];
            actions.add(new ActionLine(100 + i, (sv ? "Åtgärd " : "Toimenpide ") + (i + 1) + (sv ? ": trygghetsvandringar i Östra distriktet" : ": turvallisuuskävelyt Itäisessä suurpiirissä"),
                    sv ? "Ungas välmående" : "Nuorten hyvinvointi", sv ? "Ungdomstjänster" : "Nuorisopalvelut", state,
                    state == ActionState.COMPLETED ? 100 : (i * 17) % 100, LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31),
                    i % 3 == 0 ? null : LocalDate.of(2026, 6, 30), i % 4 == 1, i == 2 ? Classification.RESTRICTED : Classification.INTERNAL));
        }
        List<StateCount> byState = new ArrayList<>();
        for (ActionState state : states) {
            byState.add(new StateCount(state, (int) actions.stream().filter(a -> a.state() == state).count()));
        }
        Progress progress = new Progress(actions.size(), byState, 46,
                List.of(new FocusAreaLine(1, sv ? "Ungas välmående och förebyggande av gängbildning" : "Nuorten hyvinvointi ja jengiytymisen ehkäisy",
                                actions.size() / 2, 2, 1, 1, 52),
                        new FocusAreaLine(2, sv ? "Trygghet i stadsmiljön" : "Kaupunkiympäristön turvallisuus", actions.size() - actions.size() / 2, 1, 2, 2, 38)),
                actions.stream().filter(ActionLine::overdue).toList(),
                List.of(new AttentionLine(101, actions.get(1).title(), actions.get(1).responsible(), ActionState.DELAYED, 20,
                        List.of("DELAYED", "REPORT_OVERDUE"))),
                List.of(new ChangeLine(100, actions.get(0).title(), compiled.minusSeconds(86_400 * 3), ActionState.ONGOING, 60, 2)), 0);
        List<ValuePoint> values = new ArrayList<>();
        for (int q = 0; q < 8; q++) {
            LocalDate start = LocalDate.of(2024, 7, 1).plusMonths(3L * q);
            values.add(new ValuePoint(start, start.plusMonths(3).minusDays(1), BigDecimal.valueOf(42 - q * 2 + (q % 3)), String.valueOf(42 - q * 2 + (q % 3))));
        }
        IndicatorPart indicator = new IndicatorPart(7, sv ? "Gatuhandel med narkotika i Berghäll per kvartal" : "Katukauppa Kalliossa vuosineljänneksittäin",
                sv ? "signaler" : "signaalia", "LOWER", "SIGNALS", sv ? "Ungas välmående" : "Nuorten hyvinvointi", BigDecimal.valueOf(42),
                LocalDate.of(2024, 9, 30), BigDecimal.valueOf(25), LocalDate.of(2027, 12, 31), values, "IMPROVING", true);
        IndicatorPart manual = new IndicatorPart(8, sv ? "Andel unga som känner sig trygga (%)" : "Turvalliseksi olonsa tuntevien nuorten osuus (%)", "%",
                "HIGHER", "MANUAL", null, new BigDecimal("71.5"), LocalDate.of(2024, 1, 1), BigDecimal.valueOf(80), LocalDate.of(2027, 12, 31),
                List.of(new ValuePoint(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), new BigDecimal("73.2"), "73,2")), "IMPROVING", false);
        List<AreaCount> areaCounts = List.of(new AreaCount(AREAS.get(0), sv ? "Gardesstaden" : "Kaartinkaupunki", 120, "120"),
                new AreaCount(AREAS.get(1), sv ? "Kampen" : "Kamppi", 45, "45"), new AreaCount(AREAS.get(2), sv ? "Berghäll" : "Kallio", 310, "310"),
                new AreaCount(AREAS.get(3), sv ? "Sörnäs" : "Sörnäinen", 3, "<5"));
        SnapshotPart snapshot = new SnapshotPart(3, sv ? "Lägesbild september" : "Tilannekuva syyskuu", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30),
                classification, "SUB_AREA", "091", compiled.minusSeconds(86_400 * 4), "478", areaCounts,
                List.of(new PhenomenonCount("street-drug-dealing", sv ? "Gatuhandel med narkotika" : "Huumausaineiden katukauppa", 210, "210"),
                        new PhenomenonCount("youth-gangs", sv ? "Gängbildning bland unga" : "Nuorten jengiytyminen", 98, "98")),
                List.of(new EmergingLine(AREAS.get(2), sv ? "Berghäll" : "Kallio", sv ? "Gatuhandel med narkotika" : "Huumausaineiden katukauppa", "96", 31.4, 0.0004)),
                List.of(new HotSpotLine(AREAS.get(2), sv ? "Berghäll" : "Kallio", sv ? "Gatuhandel med narkotika" : "Huumausaineiden katukauppa", "310", 4.2)));
        List<TaskLine> tasks = List.of(new TaskLine(9, sv ? "Expertgruppen" : "Asiantuntijaryhmä", sv ? "Utred Östra centrums kvällstider" : "Selvitä Itäkeskuksen iltojen tilanne",
                sv ? "Ungdomstjänster" : "Nuorisopalvelut", LocalDate.of(2026, 9, 15), "OPEN", true, Classification.INTERNAL));
        List<RestrictedItem> restricted = classification == Classification.RESTRICTED
                ? List.of(new RestrictedItem("action", 102, actions.get(2).title()), new RestrictedItem("snapshot", 3, snapshot.title()))
                : List.of();
        ReviewContent content = new ReviewContent(compiled, "Kaisa Koordinaattori", LocalDate.of(2026, 10, 5), Instant.parse("2026-07-01T00:00:00Z"),
                false, new PlanPart(1, sv ? "Helsingfors säkerhetsplan 2025–2028" : "Helsingin turvallisuussuunnitelma 2025–2028", "CITY",
                        LocalDate.of(2025, 1, 1), LocalDate.of(2028, 12, 31), "IN_FORCE", "Johtoryhmä 12.3.2025 § 4", sv ? "Ledningsgruppen" : "Johtoryhmä",
                        "QUARTER", Classification.PUBLIC),
                progress, List.of(indicator, manual), snapshot, tasks, 0, actions, restricted);
        Map<Section, Review.SectionText> sections = new EnumMap<>(Section.class);
        sections.put(Section.SUMMARY, new Review.SectionText(sv
                ? "Säkerhetsläget i Helsingfors är i huvudsak stabilt. Gatuhandeln med narkotika har ökat i Berghäll och Sörnäs under hösten.\n\nÅtgärderna framskrider enligt planen; två är försenade."
                : "Helsingin turvallisuustilanne on pääosin vakaa. Huumausaineiden katukauppa on lisääntynyt Kalliossa ja Sörnäisissä syksyn aikana.\n\nToimenpiteet etenevät pääosin suunnitellusti; kaksi on viivästynyt.",
                "Kaisa Koordinaattori", compiled));
        sections.put(Section.OUTLOOK, new Review.SectionText(sv
                ? "Under vintern väntas störningarna vid stationerna öka; polisen och ungdomstjänsterna planerar gemensamma kvällar."
                : "Talven aikana asemien häiriöiden odotetaan lisääntyvän; poliisi ja nuorisopalvelut suunnittelevat yhteisiä iltoja.",
                "Kaisa Koordinaattori", compiled));
        sections.put(Section.PROPOSALS, new Review.SectionText(sv
                ? "- Förstärk uppsökande ungdomsarbete i Berghäll.\n- Utvärdera kameraövervakningen vid Östra centrum."
                : "- Vahvistetaan etsivää nuorisotyötä Kalliossa.\n- Arvioidaan Itäkeskuksen kameravalvonta.", "Kaisa Koordinaattori", compiled));
        String title = sv ? "Lägesöversikt över säkerheten, hösten 2026" : "Turvallisuuden tilannekatsaus, syksy 2026";
        return new Review(1, 1, title, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), audience, language, 3L, ReviewState.DRAFT,
                classification, 5L, List.of(), List.of(), sections, content, "Kaisa Koordinaattori", compiled, compiled, null, null, null, null,
                null, 0, false);
    }
}
