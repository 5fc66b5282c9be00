package fi.turvaverkko.signals.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fi.turvaverkko.areas.Area;
import fi.turvaverkko.areas.AreaLevel;
import fi.turvaverkko.areas.Areas;
import fi.turvaverkko.organisations.Organisation;
import fi.turvaverkko.platform.DemoMode;
import fi.turvaverkko.signals.Channel;
import fi.turvaverkko.signals.Phenomenon;
import fi.turvaverkko.signals.Reliability;
import fi.turvaverkko.signals.SignalReport;
import fi.turvaverkko.signals.SignalStatus;
import fi.turvaverkko.signals.SignalsProperties;

/**
 * Demo mode's signals: about three years (1,096 days ending yesterday) of made-up signals over Helsinki's 148 real
 * sub-areas, so that the first screen tells a story. Deterministic: a seeded {@link SplittableRandom} walks the days,
 * sub-areas and phenomena in a fixed order, so the same seed, scale and last day give the same signals.
 * <p>
 * What shapes them:
 * <ul>
 * <li>each phenomenon has a base rate per day over the city, sources that typically report it (the police and child
 * welfare are RESTRICTED and shared with the Safety and Preparedness Unit by the rules' defaults; child welfare gives an
 * area only, never a point), hours of the day, a weekday rhythm and seasons: vandalism peaks in summer, intoxicant
 * disturbances on Friday and Saturday nights and on Vappu, fire safety at New Year and on Midsummer (juhannus), traffic
 * safety everywhere with an autumn peak, falls and injuries in winter;</li>
 * <li>each sub-area has an intensity of its own (seeded), the sea and uninhabited islands next to none, and street drug
 * dealing is concentrated in Kamppi, Kallio (Linjat, Harju, Siltasaari), Itäkeskus and Kontula;</li>
 * <li>youth gangs grow about 15 % a year and street drug dealing about 8 % a year over the three years;</li>
 * <li>emerging phenomena in the last 14 days: {@link #EMERGING} — street drug dealing in Kontula ×3.5, youth gangs in
 * Keski-Vuosaari ×4, vandalism in Ala-Malmi ×3, feeling of insecurity in Myllypuro ×3, each at least
 * {@link #EMERGING_MINIMUM_PER_DAY} a day, so that the surge shows even where the phenomenon was rare.</li>
 * </ul>
 * Every row has channel DEMO, {@code demo = true} and a short generic Finnish description starting with "DEMO: ",
 * without personal data. Signals older than 30 days are CLOSED, those of the last 30 days TRIAGED, and the last two
 * days (a few hundred) stay NEW for the triage list.
 * <p>
 * At start-up in demo mode, on a virtual thread after the application is ready (the pages say while it runs), when
 * the database has no demo signals yet, under an advisory lock, in one transaction through {@link BulkWriter}. When
 * the demo signals are more than a week old they are replaced, so that the last 14 days keep the emerging phenomena.
 * {@code turvaverkko.signals.demo-scale} scales the rates (1: about 200,000 signals; 0: none).
 */
@Component
public class DemoSignals {

    private static final Logger log = LoggerFactory.getLogger(DemoSignals.class);

    public static final long SEED = 20_241_117L;
    public static final int DAYS = 1096;
    /** The emerging phenomena's window, ending on the last day. */
    public static final int EMERGING_DAYS = 14;
    /** The rate of an emerging phenomenon in its sub-area is at least this (at scale 1). */
    public static final double EMERGING_MINIMUM_PER_DAY = 0.9;
    private static final int RECENT_TRIAGED_DAYS = 30;
    private static final int NEW_DAYS = 2;
    private static final long LOCK = 4_711_050L;

    /** A phenomenon growing in one sub-area in the last {@link #EMERGING_DAYS} days. */
    public record Emerging(String phenomenon, String subAreaName, double factor) {
    }

    public static final List<Emerging> EMERGING = List.of(
            new Emerging("street-drug-dealing", "Kontula", 3.5),
            new Emerging("youth-gangs", "Keski-Vuosaari", 4.0),
            new Emerging("vandalism", "Ala-Malmi", 3.0),
            new Emerging("feeling-of-insecurity", "Myllypuro", 3.0));

    /** A sub-area as the generator sees it. */
    public record DemoArea(String code, String nameFi, double labelLat, double labelLon, double radiusMetres) {
    }

    /** A source organisation with the audience the rules give its signals by default. */
    public record Source(String code, long organisationId, Audiences.Audience audience, int audienceId, boolean pointless) {
    }

    /** Everything the generator needs from the database, resolved once. */
    public record World(List<DemoArea> subAreas, Map<String, Integer> phenomenonIds, Map<String, Source> sources,
            BiFunction<Double, Double, Optional<String>> locate, Function<String, String> weeklyCode) {
    }

    /** Where generated signals go: the bulk writer, or a counter in a benchmark or a test. */
    @FunctionalInterface
    public interface Sink {
        void add(ValidSignal signal, int audienceId);
    }

    /** What was generated. */
    public record Summary(long signals, long observations, LocalDate firstDay, LocalDate lastDay, Map<String, Long> byPhenomenon) {
    }

    // the model ---------------------------------------------------------------------------------------------------------

    private enum Hours { NIGHT, DAY, OFFICE, EVENING, ANY }

    private enum Rhythm { NIGHTLIFE, WORKDAYS, WEEKEND_EVENINGS, FLAT }

    private enum Season { SUMMER, WINTER, AUTUMN, FIRE, FLAT }

    private record Kind(String code, double perDay, Hours hours, Rhythm rhythm, Season season, double yearlyGrowth,
            String[] sources, double[] weights, String[] descriptions) {
    }

    private static Kind kind(String code, double perDay, Hours hours, Rhythm rhythm, Season season, double growth, String sources,
            String... descriptions) {
        String[] parts = sources.split(",");
        String[] codes = new String[parts.length];
        double[] weights = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String[] pair = parts[i].strip().split(" ");
            codes[i] = pair[0];
            weights[i] = Double.parseDouble(pair[1]);
        }
        return new Kind(code, perDay, hours, rhythm, season, growth, codes, weights, descriptions);
    }

    private static final List<Kind> KINDS = List.of(
            kind("traffic-safety", 28, Hours.DAY, Rhythm.WORKDAYS, Season.AUTUMN, 0,
                    "urban-environment-division 45, helsinki-police 25, education-division 15, hsl 10, helsinki-police-prevention 5",
                    "Ylinopeuksia koulun lähellä aamuisin.", "Suojatie on huonosti valaistu ja vaikeasti havaittava.",
                    "Autoja pysäköity jalkakäytävälle, näkyvyys risteyksessä heikko.", "Sähköpotkulautoja ajetaan jalkakäytävällä kovaa vauhtia."),
            kind("disturbance-and-noise", 22, Hours.EVENING, Rhythm.WEEKEND_EVENINGS, Season.SUMMER, 0,
                    "helsinki-police 40, urban-environment-division 30, youth-services 20, helsinki-parish-union 10",
                    "Meteliä ja häiriöitä puistossa myöhään illalla.", "Asukkaat kertovat toistuvista häiriöistä ostarin edustalla.",
                    "Kovaa musiikkia ja kokoontumisia yöaikaan."),
            kind("intoxicant-disturbance", 22, Hours.NIGHT, Rhythm.NIGHTLIFE, Season.SUMMER, 0,
                    "helsinki-police 40, hsl 20, urban-environment-division 15, red-cross-helsinki-uusimaa 15, aseman-lapset 10",
                    "Päihtyneitä henkilöitä häiritsemässä asemalla.", "Alkoholin käyttöä ja häiriökäyttäytymistä leikkipuistossa.",
                    "Päihteiden käyttöä porraskäytävissä, asukkaat huolissaan."),
            kind("vandalism", 20, Hours.NIGHT, Rhythm.WEEKEND_EVENINGS, Season.SUMMER, 0,
                    "urban-environment-division 45, education-division 20, hsl 20, helsinki-police 15",
                    "Töhryjä koulun seinässä ja pyörätelineissä.", "Rikottuja ikkunoita ja kaadettuja roska-astioita.",
                    "Bussikatoksen lasit rikottu.", "Puiston valaisimia vaurioitettu."),
            kind("property-crime", 16, Hours.ANY, Rhythm.FLAT, Season.FLAT, 0,
                    "helsinki-police 80, urban-environment-division 10, education-division 10",
                    "Polkupyörävarkauksia aseman pyöräparkissa.", "Varastomurtoja kerrostaloissa.", "Myymälävarkauksia lisääntynyt."),
            kind("feeling-of-insecurity", 14, Hours.EVENING, Rhythm.FLAT, Season.WINTER, 0,
                    "urban-environment-division 30, youth-services 20, aseman-lapset 20, helsinki-parish-union 15, red-cross-helsinki-uusimaa 15",
                    "Asukkaat kokevat kulkureitin turvattomaksi pimeällä.", "Vanhemmat huolissaan lasten koulumatkan turvallisuudesta.",
                    "Valaistus puutteellinen, moni välttää aluetta iltaisin."),
            kind("street-drug-dealing", 12, Hours.EVENING, Rhythm.WEEKEND_EVENINGS, Season.FLAT, 0.08,
                    "helsinki-police 45, helsinki-police-prevention 10, youth-services 15, aseman-lapset 15, urban-environment-division 10, hsl 5",
                    "Havaittu huumeiden myyntiä kauppakeskuksen lähellä iltaisin.", "Nuoret kertovat huumeiden kaupittelusta puistossa.",
                    "Toistuvaa kauppaa metroaseman sisäänkäynnin luona."),
            kind("public-violence", 10, Hours.NIGHT, Rhythm.NIGHTLIFE, Season.SUMMER, 0,
                    "helsinki-police 70, hsl 15, red-cross-helsinki-uusimaa 15",
                    "Tappelu ravintolan edustalla yöllä.", "Pahoinpitely asemalla, sivulliset hälyttivät apua.",
                    "Uhkailua ja tönimistä kauppakeskuksen käytävällä."),
            kind("accidents-and-injuries", 8, Hours.DAY, Rhythm.FLAT, Season.WINTER, 0,
                    "helsinki-rescue 60, urban-environment-division 20, education-division 20",
                    "Liukastumisia jäisellä kävelytiellä.", "Leikkipuiston välineessä vaurio, loukkaantumisvaara.",
                    "Kaatumisia huonosti hiekoitetulla portaikolla."),
            kind("youth-gangs", 6, Hours.EVENING, Rhythm.WEEKEND_EVENINGS, Season.AUTUMN, 0.15,
                    "helsinki-police 35, helsinki-police-prevention 5, youth-services 25, child-welfare 10, education-division 15, aseman-lapset 10",
                    "Nuorten ryhmä uhkaillut muita nuoria nuorisotalon lähellä.", "Ryöstöjä ja uhkailua nuorten kesken ostoskeskuksessa.",
                    "Nuorten ryhmä kerää muilta rahaa ja puhelimia."),
            kind("youth-marginalisation", 6, Hours.OFFICE, Rhythm.WORKDAYS, Season.AUTUMN, 0.05,
                    "youth-services 35, child-welfare 25, education-division 25, aseman-lapset 15",
                    "Useita nuoria ilman opiskelu- tai työpaikkaa oleilee päivisin ostarilla.", "Koulupoissaoloja lisääntynyt alueella.",
                    "Nuoret hakeutuvat kauppakeskukseen koulupäivän aikana."),
            kind("fire-safety", 5, Hours.EVENING, Rhythm.FLAT, Season.FIRE, 0,
                    "helsinki-rescue 80, helsinki-police 10, urban-environment-division 10",
                    "Roska-astioita sytytetty palamaan.", "Ilotulitteita ammuttu kohti ihmisiä.", "Rappukäytävään jätetty palavaa tavaraa."),
            kind("staff-violence", 4, Hours.OFFICE, Rhythm.WORKDAYS, Season.FLAT, 0,
                    "education-division 40, child-welfare 20, hsl 20, youth-services 20",
                    "Henkilökuntaa uhkailtu asiakastilanteessa.", "Opettajaa kohtaan käyttäydytty uhkaavasti koulun pihalla.",
                    "Lipuntarkastajia uhkailtu asemalla."),
            kind("robbery", 3, Hours.NIGHT, Rhythm.NIGHTLIFE, Season.FLAT, 0,
                    "helsinki-police 90, hsl 10", "Ryöstö kävelytunnelissa myöhään illalla.", "Puhelin viety uhkaamalla bussipysäkillä."),
            kind("other", 3, Hours.ANY, Rhythm.FLAT, Season.FLAT, 0,
                    "urban-environment-division 50, youth-services 50", "Asukastilaisuudessa nousi esiin huoli alueen turvallisuudesta."),
            kind("radicalisation", 0.7, Hours.OFFICE, Rhythm.WORKDAYS, Season.FLAT, 0,
                    "helsinki-police-prevention 50, youth-services 20, education-division 20, helsinki-parish-union 10",
                    "Väkivaltaan kannustavaa materiaalia levitetty nuorten keskuudessa.", "Ääriliikkeen tarroja ja julisteita alueella."));

    /** Where street drug dealing concentrates. */
    private static final Map<String, Double> DRUG_HOTSPOTS = Map.of("Kamppi", 6.0, "Linjat", 5.0, "Harju", 3.0, "Siltasaari", 3.0,
            "Itäkeskus", 5.0, "Kontula", 4.0, "Kluuvi", 3.0, "Sörnäinen", 3.0);
    /** Busy centres: everything happens more there. */
    private static final Map<String, Double> CENTRES = Map.of("Kamppi", 2.5, "Kluuvi", 2.5, "Linjat", 2.0, "Itäkeskus", 2.2,
            "Kontula", 1.6, "Keski-Vuosaari", 1.5, "Ala-Malmi", 1.5, "Keski-Pasila", 1.6, "Myllypuro", 1.2, "Punavuori", 1.4);
    /** The sea and places where hardly anyone lives. */
    private static final Map<String, Double> QUIET = Map.ofEntries(Map.entry("Aluemeri", 0.0), Map.entry("Länsisaaret", 0.02),
            Map.entry("Itäsaaret", 0.02), Map.entry("Karhusaari", 0.05), Map.entry("Talosaari", 0.05), Map.entry("Villinki", 0.02),
            Map.entry("Santahamina", 0.05), Map.entry("Vartiosaari", 0.02), Map.entry("Ulkosaaret", 0.0), Map.entry("Honkasuo", 0.1),
            Map.entry("Haltiala", 0.1), Map.entry("Malmin lentokenttä", 0.15), Map.entry("Tattarisuo", 0.15), Map.entry("Mustavuori", 0.1),
            Map.entry("Niinisaari", 0.05), Map.entry("Kuusisaari", 0.1), Map.entry("Hevossalmi", 0.1), Map.entry("Landbo", 0.1),
            Map.entry("Östersundom", 0.1), Map.entry("Mustikkamaa-Korkeasaari", 0.2), Map.entry("Suomenlinna", 0.3),
            Map.entry("Viikin tiedepuisto", 0.4), Map.entry("Herttoniemen yritysalue", 0.5), Map.entry("Pitäjänmäen yritysalue", 0.5));

    /**
     * Generates the signals of {@code DAYS} days ending on {@code lastDay} into the sink; {@code scale} 1 gives about
     * 200,000. Pure: the same world, scale, last day and seed give the same signals.
     */
    public static Summary generate(World world, double scale, LocalDate lastDay, long seed, Sink sink) {
        List<DemoArea> areas = world.subAreas().stream().sorted(Comparator.comparing(DemoArea::code)).toList();
        List<Kind> kinds = KINDS.stream().filter(k -> world.phenomenonIds().containsKey(k.code())).toList();
        double[] intensity = new double[areas.size()];
        double total = 0;
        for (int a = 0; a < areas.size(); a++) {
            DemoArea area = areas.get(a);
            SplittableRandom own = new SplittableRandom(seed ^ area.code().hashCode());
            double weight = Math.exp(own.nextGaussian() * 0.5) * CENTRES.getOrDefault(area.nameFi(), 1.0)
                    * QUIET.getOrDefault(area.nameFi(), 1.0);
            intensity[a] = weight;
            total += weight;
        }
        for (int a = 0; a < areas.size(); a++) {
            intensity[a] = total == 0 ? 0 : intensity[a] / total;
        }
        double drugTotal = 0;
        double[] drugShare = new double[areas.size()];
        for (int a = 0; a < areas.size(); a++) {
            drugShare[a] = intensity[a] * DRUG_HOTSPOTS.getOrDefault(areas.get(a).nameFi(), 0.3);
            drugTotal += drugShare[a];
        }
        for (int a = 0; a < areas.size(); a++) {
            drugShare[a] = drugTotal == 0 ? 0 : drugShare[a] / drugTotal;
        }
        Map<String, Integer> emergingArea = new HashMap<>();
        for (Emerging e : EMERGING) {
            for (int a = 0; a < areas.size(); a++) {
                if (areas.get(a).nameFi().equals(e.subAreaName())) {
                    emergingArea.put(e.phenomenon(), a);
                }
            }
        }

        SplittableRandom random = new SplittableRandom(seed);
        LocalDate firstDay = lastDay.minusDays(DAYS - 1L);
        LocalDate emergingFrom = lastDay.minusDays(EMERGING_DAYS - 1L);
        long signals = 0;
        long observations = 0;
        Map<String, Long> byPhenomenon = new LinkedHashMap<>();
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            double years = ChronoUnit.DAYS.between(firstDay, day) / 365.25;
            for (Kind kind : kinds) {
                int phenomenonId = world.phenomenonIds().get(kind.code());
                double cityRate = kind.perDay() * scale * season(kind.season(), day) * weekday(kind.rhythm(), day.getDayOfWeek())
                        * Math.pow(1 + kind.yearlyGrowth(), years - 1.5);
                double[] shares = kind.code().equals("street-drug-dealing") ? drugShare : intensity;
                Integer emerging = day.isBefore(emergingFrom) ? null : emergingArea.get(kind.code());
                for (int a = 0; a < areas.size(); a++) {
                    double rate = cityRate * shares[a];
                    if (emerging != null && emerging == a) {
                        double factor = EMERGING.stream().filter(e -> e.phenomenon().equals(kind.code())).findFirst().orElseThrow().factor();
                        // a surge that shows even where the phenomenon was rare: at least one signal most days
                        rate = Math.max(rate * factor, EMERGING_MINIMUM_PER_DAY * scale);
                    }
                    int n = poisson(random, rate);
                    for (int i = 0; i < n; i++) {
                        Source source = source(world, kind, random);
                        ValidSignal signal = signal(world, areas.get(a), kind, phenomenonId, day, source, random);
                        sink.add(signal, source.audienceId());
                        signals++;
                        observations += signal.count();
                        byPhenomenon.merge(kind.code(), 1L, Long::sum);
                    }
                }
            }
        }
        return new Summary(signals, observations, firstDay, lastDay, byPhenomenon);
    }

    private static Source source(World world, Kind kind, SplittableRandom random) {
        Source source = world.sources().get(sourceCode(kind, random));
        // a source missing from this database: the first one there is
        return source != null ? source : world.sources().values().iterator().next();
    }

    private static String sourceCode(Kind kind, SplittableRandom random) {
        double sum = 0;
        for (double w : kind.weights()) {
            sum += w;
        }
        double pick = random.nextDouble() * sum;
        for (int i = 0; i < kind.sources().length; i++) {
            pick -= kind.weights()[i];
            if (pick < 0) {
                return kind.sources()[i];
            }
        }
        return kind.sources()[kind.sources().length - 1];
    }

    private static ValidSignal signal(World world, DemoArea area, Kind kind, int phenomenonId, LocalDate day, Source source,
            SplittableRandom random) {
        int minute = minuteOfDay(kind.hours(), random);
        Instant from = LocalDateTime.of(day, java.time.LocalTime.of(minute / 60, minute % 60)).atZone(SignalRules.HELSINKI).toInstant();
        Instant to = random.nextInt(10) == 0 ? from.plus(30 + random.nextInt(300), ChronoUnit.MINUTES) : from;
        if (LocalDate.ofInstant(to, SignalRules.HELSINKI).isAfter(day)) {
            to = from;
        }
        Double latitude = null;
        Double longitude = null;
        String areaCode = area.code();
        if (!source.pointless() && random.nextInt(12) != 0) {
            double[] point = pointIn(world, area, random);
            latitude = point[0];
            longitude = point[1];
            areaCode = world.locate().apply(latitude, longitude).orElse(area.code());
        }
        int roll = random.nextInt(100);
        int count = roll < 80 ? 1 : roll < 92 ? 2 : 3 + random.nextInt(4);
        int r = random.nextInt(100);
        Reliability reliability = r < 70 ? Reliability.OBSERVED : r < 92 ? Reliability.REPORTED : Reliability.UNCONFIRMED;
        String description = "DEMO: " + kind.descriptions()[random.nextInt(kind.descriptions().length)];
        return new ValidSignal(phenomenonId, from, to, day, areaCode, world.weeklyCode().apply(areaCode), latitude, longitude, count,
                description, source.organisationId(), reliability, source.audience(), null);
    }

    /** A point inside the sub-area: jittered around its label point, kept only when it locates into the sub-area. */
    private static double[] pointIn(World world, DemoArea area, SplittableRandom random) {
        double radius = Math.max(100, area.radiusMetres());
        for (int attempt = 0; attempt < 8; attempt++) {
            double distance = radius * Math.sqrt(random.nextDouble());
            double angle = random.nextDouble() * 2 * Math.PI;
            double lat = area.labelLat() + distance * Math.sin(angle) / 111_320.0;
            double lon = area.labelLon() + distance * Math.cos(angle) / (111_320.0 * Math.cos(Math.toRadians(area.labelLat())));
            lat = Math.round(lat * 1e6) / 1e6;
            lon = Math.round(lon * 1e6) / 1e6;
            Optional<String> located = world.locate().apply(lat, lon);
            if (located.isPresent() && located.get().startsWith(area.code())) {
                return new double[] { lat, lon };
            }
        }
        return new double[] { area.labelLat(), area.labelLon() };
    }

    private static int minuteOfDay(Hours hours, SplittableRandom random) {
        return switch (hours) {
            // 20:00–03:59, stays on the same date: the small hours are taken from the early morning
            case NIGHT -> random.nextInt(3) == 0 ? random.nextInt(4 * 60) : 20 * 60 + random.nextInt(4 * 60);
            case DAY -> 7 * 60 + random.nextInt(11 * 60);
            case OFFICE -> 8 * 60 + random.nextInt(8 * 60);
            case EVENING -> 15 * 60 + random.nextInt(8 * 60);
            case ANY -> random.nextInt(24 * 60);
        };
    }

    static double season(Season season, LocalDate day) {
        Month month = day.getMonth();
        return switch (season) {
            case SUMMER -> switch (month) {
                case JUNE, JULY, AUGUST -> 1.6;
                case MAY, SEPTEMBER -> 1.2;
                case DECEMBER, JANUARY, FEBRUARY -> 0.7;
                default -> 1.0;
            } * (vappu(day) ? 3.0 : 1.0);
            case WINTER -> switch (month) {
                case DECEMBER, JANUARY, FEBRUARY -> 1.5;
                case NOVEMBER, MARCH -> 1.2;
                case JUNE, JULY -> 0.7;
                default -> 1.0;
            };
            case AUTUMN -> switch (month) {
                case AUGUST, SEPTEMBER, OCTOBER, NOVEMBER -> 1.3;
                case JUNE, JULY -> 0.6;
                default -> 1.0;
            };
            case FIRE -> newYear(day) ? 10.0 : midsummer(day) ? 6.0 : month == Month.DECEMBER || month == Month.JANUARY ? 1.3 : 1.0;
            case FLAT -> 1.0;
        };
    }

    private static boolean vappu(LocalDate day) {
        return day.getMonth() == Month.APRIL && day.getDayOfMonth() == 30 || day.getMonth() == Month.MAY && day.getDayOfMonth() == 1;
    }

    private static boolean newYear(LocalDate day) {
        return day.getMonth() == Month.DECEMBER && day.getDayOfMonth() == 31 || day.getMonth() == Month.JANUARY && day.getDayOfMonth() == 1;
    }

    /** Midsummer Eve (the Friday from 19 to 25 June) and Midsummer Day. */
    private static boolean midsummer(LocalDate day) {
        if (day.getMonth() != Month.JUNE) {
            return false;
        }
        int d = day.getDayOfMonth();
        return day.getDayOfWeek() == DayOfWeek.FRIDAY && d >= 19 && d <= 25 || day.getDayOfWeek() == DayOfWeek.SATURDAY && d >= 20 && d <= 26;
    }

    static double weekday(Rhythm rhythm, DayOfWeek day) {
        return switch (rhythm) {
            case NIGHTLIFE -> switch (day) {
                case FRIDAY, SATURDAY -> 2.2;
                case SUNDAY -> 1.2;
                default -> 0.65;
            };
            case WEEKEND_EVENINGS -> switch (day) {
                case FRIDAY, SATURDAY -> 1.5;
                default -> 0.85;
            };
            case WORKDAYS -> switch (day) {
                case SATURDAY, SUNDAY -> 0.5;
                default -> 1.2;
            };
            case FLAT -> 1.0;
        };
    }

    /** Poisson-distributed count with mean {@code mean}: by inversion when small, by the normal approximation when large. */
    static int poisson(SplittableRandom random, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= random.nextDouble();
            n++;
        }
        return n;
    }

    // the Spring side -----------------------------------------------------------------------------------------------------

    private final DemoMode demoMode;
    private final Areas areas;
    private final AreaCodes areaCodes;
    private final Audiences audiences;
    private final Rollups rollups;
    private final DataSource dataSource;
    private final JdbcClient db;
    private final TransactionTemplate transactions;
    private final SignalsProperties settings;
    private final double scale;
    private final java.util.function.Supplier<SignalRules> rules;
    private volatile boolean generating;
    private volatile Boolean present;

    DemoSignals(DemoMode demoMode, Areas areas, AreaCodes areaCodes, Audiences audiences, Rollups rollups, DataSource dataSource,
            JdbcClient db, TransactionTemplate transactions, SignalsProperties settings, PhenomenonRepository phenomena,
            fi.turvaverkko.organisations.Organisations organisations,
            @Value("${turvaverkko.signals.demo-scale:1.0}") double scale) {
        this.demoMode = demoMode;
        this.areas = areas;
        this.areaCodes = areaCodes;
        this.audiences = audiences;
        this.rollups = rollups;
        this.dataSource = dataSource;
        this.db = db;
        this.transactions = transactions;
        this.settings = settings;
        this.scale = scale;
        this.rules = () -> new SignalRules(phenomena.listPhenomena(), organisations.organisationsByCode(), organisations.bodiesByCode(),
                settings, areaCodes, Instant.now());
    }

    /** Whether the demo signals are being written right now (the pages say so). */
    public boolean generating() {
        return generating;
    }

    /** Whether the database has demo signals. */
    public boolean present() {
        if (!demoMode.enabled()) {
            return false;
        }
        Boolean known = present;
        if (known == null || !known) {
            known = db.sql("select exists (select 1 from signals.signal where demo)").query(Boolean.class).single();
            present = known;
        }
        return known;
    }

    @EventListener(ApplicationReadyEvent.class)
    void generateInBackground() {
        if (!demoMode.enabled() || scale <= 0) {
            return;
        }
        generating = true;
        Thread.ofVirtual().name("demo-signals").start(() -> {
            try {
                seed(LocalDate.now(SignalRules.HELSINKI).minusDays(1));
            } catch (RuntimeException e) {
                log.error("Demo mode: could not generate the demo signals", e);
            } finally {
                generating = false;
            }
        });
    }

    /** Writes the demo signals unless fresh ones exist; replaces ones more than a week old. Answers what was written. */
    public Optional<Summary> seed(LocalDate lastDay) {
        long started = System.nanoTime();
        Optional<Summary> written = transactions.execute(status -> {
            db.sql("select pg_advisory_xact_lock(" + LOCK + ")").query((rs, row) -> 1).list();
            LocalDate newest = db.sql("select max(day) from signals.signal where demo").query(LocalDate.class).optional().orElse(null);
            if (newest != null && !newest.isBefore(lastDay.minusDays(7))) {
                return Optional.<Summary>empty();
            }
            if (newest != null) {
                removeDemoSignals();
            }
            return Optional.of(writeDemoSignals(scale, lastDay, SEED));
        });
        written.ifPresent(summary -> {
            present = true;
            log.info("Demo mode: generated {} demo signals ({} observations) from {} to {} in {} ms", summary.signals(),
                    summary.observations(), summary.firstDay(), summary.lastDay(), (System.nanoTime() - started) / 1_000_000);
        });
        return written;
    }

    /**
     * Generates and writes the demo signals through a {@link BulkWriter} in the caller's transaction (the rollups are
     * applied once at the end), each in the triage status of its age. For benchmarks: any scale, e.g. 50 for about
     * 10 million signals.
     */
    public Summary writeDemoSignals(double scale, LocalDate lastDay, long seed) {
        World world = world();
        LocalDate triagedFrom = lastDay.minusDays(RECENT_TRIAGED_DAYS - 1L);
        LocalDate newFrom = lastDay.minusDays(NEW_DAYS - 1L);
        Summary summary;
        try (BulkWriter writer = new BulkWriter(dataSource, rollups)) {
            summary = generate(world, scale, lastDay, seed, (signal, audienceId) -> writer.add(signal, audienceId, Channel.DEMO, null, true,
                    signal.day().isBefore(triagedFrom) ? SignalStatus.CLOSED : signal.day().isBefore(newFrom) ? SignalStatus.TRIAGED : SignalStatus.NEW));
            writer.finish();
        }
        return summary;
    }

    /** The generator's view of this database: Helsinki's sub-areas, the taxonomy and the demo organisations with their audiences. */
    public World world() {
        SignalRules rules = this.rules.get();
        String municipality = areas.defaultMunicipality().code();
        List<DemoArea> subAreas = new ArrayList<>();
        for (Area area : areas.listAreas(municipality, AreaLevel.SUB_AREA)) {
            subAreas.add(new DemoArea(area.code(), area.nameFi(), area.labelLat(), area.labelLon(),
                    Math.sqrt(area.areaSquareMetres() / Math.PI)));
        }
        Map<String, Integer> phenomenonIds = new HashMap<>();
        for (Kind kind : KINDS) {
            try {
                Phenomenon phenomenon = rules.phenomenon(kind.code());
                phenomenonIds.put(kind.code(), phenomenon.id());
            } catch (RuntimeException retired) {
                // a retired or removed phenomenon gets no demo signals
            }
        }
        String anyArea = subAreas.isEmpty() ? null : subAreas.getFirst().code();
        Map<String, Source> sources = new LinkedHashMap<>();
        KINDS.stream().flatMap(k -> java.util.Arrays.stream(k.sources())).distinct().sorted().forEach(code -> {
            Optional<Organisation> organisation = rules.findOrganisation(code);
            if (organisation.isEmpty() || anyArea == null) {
                return;
            }
            // the audience the rules give a signal of this source by default (RESTRICTED and shared for the police)
            ValidSignal sample = rules.check(new SignalReport("other", rules.now().minusSeconds(3600), null, null, null, null, anyArea,
                    null, 1, null, List.of(), null, null, null, null), organisation.get().id());
            sources.put(code, new Source(code, organisation.get().id(), sample.audience(), audiences.idOf(sample.audience()),
                    code.equals("child-welfare")));
        });
        return new World(subAreas, phenomenonIds, sources, (lat, lon) -> areaCodes.locate(lat, lon), areaCodes::weeklyCode);
    }

    /** Removes every demo signal and takes its counts out of the rollups. */
    private void removeDemoSignals() {
        db.sql("update signals.signal set linked_signal_id = null where linked_signal_id in (select id from signals.signal where demo)").update();
        db.sql("""
                with d as (select day, area_code, phenomenon_id, audience_id, sum(count) as c from signals.signal where demo
                           group by day, area_code, phenomenon_id, audience_id)
                update signals.daily_count t set count = t.count - d.c from d
                 where t.day = d.day and t.area_code = d.area_code and t.phenomenon_id = d.phenomenon_id and t.audience_id = d.audience_id""")
                .update();
        // demo signals are all in Helsinki's sub-areas or their small areas: the weekly code is the first ten digits
        db.sql("""
                with d as (select cast(date_trunc('week', day) as date) as week, left(area_code, 10) as area_code, phenomenon_id,
                                  audience_id, sum(count) as c from signals.signal where demo group by 1, 2, 3, 4)
                update signals.weekly_count t set count = t.count - d.c from d
                 where t.week = d.week and t.area_code = d.area_code and t.phenomenon_id = d.phenomenon_id and t.audience_id = d.audience_id""")
                .update();
        db.sql("delete from signals.daily_count where count = 0").update();
        db.sql("delete from signals.weekly_count where count = 0").update();
        db.sql("delete from signals.signal where demo").update();
    }
}
