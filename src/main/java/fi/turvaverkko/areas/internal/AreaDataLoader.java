package fi.turvaverkko.areas.internal;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import fi.turvaverkko.areas.AreasProperties;

/**
 * At start-up, before the web server takes requests: the municipalities and the configured boundary files (each file
 * once), then the locate index.
 */
@Component
class AreaDataLoader implements SmartInitializingSingleton {

    private final AreaImporter importer;
    private final AreasProperties properties;
    private final AreaIndex index;

    AreaDataLoader(AreaImporter importer, AreasProperties properties, AreaIndex index) {
        this.importer = importer;
        this.properties = properties;
        this.index = index;
    }

    @Override
    public void afterSingletonsInstantiated() {
        importer.importMunicipalities(properties.municipalities());
        importer.importDatasets(properties.datasets());
        index.current();
    }
}
