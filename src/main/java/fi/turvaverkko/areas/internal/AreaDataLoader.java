package fi.turvaverkko.areas.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fi.turvaverkko.areas.AreasProperties;

/** At start-up: the municipalities and the configured boundary files, each file once. Runs before anything that needs areas. */
@Component
@Order(0)
class AreaDataLoader implements ApplicationRunner {

    private final AreaImporter importer;
    private final AreasProperties properties;
    private final AreaIndex index;

    AreaDataLoader(AreaImporter importer, AreasProperties properties, AreaIndex index) {
        this.importer = importer;
        this.properties = properties;
        this.index = index;
    }

    @Override
    public void run(ApplicationArguments args) {
        importer.importMunicipalities(properties.municipalities());
        importer.importDatasets(properties.datasets());
        index.current();
    }
}
