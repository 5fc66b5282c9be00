package fi.turvaverkko.areas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import fi.turvaverkko.areas.AreaDataset;
import fi.turvaverkko.areas.AreaImportFailed;
import fi.turvaverkko.areas.AreaLevel;
import fi.turvaverkko.areas.Areas;
import fi.turvaverkko.areas.AreasImported;
import fi.turvaverkko.areas.WgsCoordinate;
import fi.turvaverkko.support.IntegrationTest;

/** Importing boundary files into PostgreSQL: all or nothing, and new vintages keep the history. Uses Tampere (837). */
class AreaImportIntegrationTests extends IntegrationTest {

    @Autowired
    AreaImporter importer;
    @Autowired
    Areas areas;
    @Autowired
    ApplicationEventPublisher events;

    @TempDir
    Path files;

    @AfterEach
    void removeTampere() {
        db.sql("delete from areas.area where municipality_code = '837'").update();
        db.sql("delete from areas.import_run where dataset like 'tampere-%'").update();
        events.publishEvent(new AreasImported(List.of("cleanup")));
    }

    static String square(String code, String name, double x0, double y0, double x1, double y1) {
        return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code + "\",\"name\":\"" + name + "\"},\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":[[[" + x0 + "," + y0 + "],[" + x1 + "," + y0 + "],[" + x1 + "," + y1
                + "],[" + x0 + "," + y1 + "],[" + x0 + "," + y0 + "]]]}}";
    }

    AreaDataset dataset(String name, AreaLevel level, String parentTemplate, LocalDate validFrom, String... features) throws IOException {
        Path file = files.resolve(name + "-" + validFrom + ".geojson");
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}");
        return new AreaDataset(name, file.toUri().toString(), level, "837", "{code}", "{code}", parentTemplate, "{name}",
                null, null, Map.of(), validFrom);
    }

    long tampereAreas() {
        return db.sql("select count(*) from areas.area where municipality_code = '837'").query(Long.class).single();
    }

    @Test
    void importsNothingWhenAnyFileIsBad() throws IOException {
        var districts = dataset("tampere-districts", AreaLevel.MAJOR_DISTRICT, null, LocalDate.of(2020, 1, 1),
                square("8371", "Keskusta", 23.70, 61.45, 23.80, 61.55), square("8372", "Hervanta", 23.80, 61.45, 23.90, 61.55));
        var subAreas = dataset("tampere-subareas", AreaLevel.BASIC_DISTRICT, "{code:0:4}", LocalDate.of(2020, 1, 1),
                square("8371001", "Kaakinmaa", 23.70, 61.45, 23.75, 61.50),
                "{\"type\":\"Feature\",\"properties\":{\"code\":\"8371002\",\"name\":\"Pyynikki\"},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[23.7,61.5],[23.8,61.5]]}}");

        assertThatThrownBy(() -> importer.importDatasets(List.of(districts, subAreas)))
                .isInstanceOf(AreaImportFailed.class)
                .hasMessageContaining("tampere-subareas")
                .hasMessageContaining("feature #2 (code 8371002)")
                .hasMessageContaining("'LineString'");
        assertThat(tampereAreas()).as("the good file before the bad one was rolled back too").isZero();
        assertThat(db.sql("select count(*) from areas.import_run where dataset like 'tampere-%'").query(Long.class).single()).isZero();
    }

    @Test
    void refusesChildrenWhoseParentDoesNotExist() throws IOException {
        var orphans = dataset("tampere-orphans", AreaLevel.BASIC_DISTRICT, "{code:0:4}", LocalDate.of(2020, 1, 1),
                square("8379001", "Nowhere", 23.70, 61.45, 23.75, 61.50));
        assertThatThrownBy(() -> importer.importDatasets(List.of(orphans)))
                .hasMessageContaining("parent area 8379 does not exist");
        assertThat(tampereAreas()).isZero();
    }

    @Test
    void keepsEarlierBoundariesAsHistoryWhenANewVintageArrives() throws IOException {
        var first = dataset("tampere-districts", AreaLevel.MAJOR_DISTRICT, null, LocalDate.of(2020, 1, 1),
                square("8371", "Keskusta", 23.70, 61.45, 23.80, 61.55), square("8372", "Hervanta", 23.80, 61.45, 23.90, 61.55));
        assertThat(importer.importDatasets(List.of(first))).singleElement()
                .satisfies(outcome -> assertThat(outcome.created()).isEqualTo(2));
        assertThat(areas.locateCode(AreaLevel.MAJOR_DISTRICT, new WgsCoordinate(61.5, 23.85))).contains("8372");

        // 2024: Keskusta grows east, Hervanta is gone, Lielahti is new
        var second = dataset("tampere-districts", AreaLevel.MAJOR_DISTRICT, null, LocalDate.of(2024, 1, 1),
                square("8371", "Keskusta", 23.70, 61.45, 23.86, 61.55), square("8373", "Lielahti", 23.60, 61.45, 23.70, 61.55));
        assertThat(importer.importDatasets(List.of(second))).singleElement().satisfies(outcome -> {
            assertThat(outcome.created()).isEqualTo(1);
            assertThat(outcome.changed()).isEqualTo(1);
            assertThat(outcome.retired()).isEqualTo(1);
        });

        assertThat(areas.listAreas("837", AreaLevel.MAJOR_DISTRICT)).extracting(a -> a.code()).containsExactly("8371", "8373");
        var history = areas.listHistory("8371");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).validFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(history.get(0).validTo()).isNull();
        assertThat(history.get(1).validTo()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(areas.findArea("8372")).isEmpty();
        assertThat(areas.listHistory("8372")).singleElement().satisfies(a -> assertThat(a.validTo()).isEqualTo(LocalDate.of(2024, 1, 1)));
        // the locate index follows the new boundaries
        assertThat(areas.locateCode(AreaLevel.MAJOR_DISTRICT, new WgsCoordinate(61.5, 23.84))).contains("8371");
        assertThat(areas.locateCode(AreaLevel.MAJOR_DISTRICT, new WgsCoordinate(61.5, 23.88))).isEmpty();

        // the same file again changes nothing
        assertThat(importer.importDatasets(List.of(second))).singleElement().satisfies(outcome -> assertThat(outcome.skipped()).isTrue());
        assertThat(tampereAreas()).isEqualTo(4);
    }

    @Test
    void refusesToRetireAParentWhoseChildrenStay() throws IOException {
        importer.importDatasets(List.of(
                dataset("tampere-districts", AreaLevel.MAJOR_DISTRICT, null, LocalDate.of(2020, 1, 1),
                        square("8371", "Keskusta", 23.70, 61.45, 23.80, 61.55), square("8372", "Hervanta", 23.80, 61.45, 23.90, 61.55)),
                dataset("tampere-basic", AreaLevel.BASIC_DISTRICT, "{code:0:4}", LocalDate.of(2020, 1, 1),
                        square("8372001", "Hervantajärvi", 23.80, 61.45, 23.90, 61.55))));
        var withoutHervanta = dataset("tampere-districts", AreaLevel.MAJOR_DISTRICT, null, LocalDate.of(2024, 1, 1),
                square("8371", "Keskusta", 23.70, 61.45, 23.90, 61.55));
        assertThatThrownBy(() -> importer.importDatasets(List.of(withoutHervanta)))
                .hasMessageContaining("[8372001] would be left without a current parent");
        assertThat(areas.findArea("8372")).isPresent();
    }

    @Test
    void refusesAVintageOlderThanTheBoundariesInForce() throws IOException {
        importer.importDatasets(List.of(dataset("tampere-districts", AreaLevel.MAJOR_DISTRICT, null, LocalDate.of(2024, 1, 1),
                square("8371", "Keskusta", 23.70, 61.45, 23.80, 61.55))));
        var older = dataset("tampere-districts", AreaLevel.MAJOR_DISTRICT, null, LocalDate.of(2019, 1, 1),
                square("8371", "Keskusta", 23.70, 61.45, 23.85, 61.55));
        assertThatThrownBy(() -> importer.importDatasets(List.of(older))).hasMessageContaining("needs a later date");
        assertThat(tampereAreas()).isEqualTo(1);
    }

    @Test
    void importedTheShippedDataOnceAtStartUp() {
        var runs = db.sql("select dataset, features from areas.import_run where dataset not like 'tampere-%' order by id")
                .query((rs, row) -> rs.getString(1) + "=" + rs.getInt(2)).list();
        assertThat(runs).containsExactly("helsinki-suurpiirit=8", "helsinki-peruspiirit=34", "helsinki-osaalueet=148",
                "helsinki-pienalueet=403", "capital-region-major-districts=15");
        // starting again imports nothing new
        var outcomes = importer.importDatasets(TestAreas.datasets());
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.skipped()).isTrue());
    }
}
