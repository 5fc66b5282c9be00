package fi.turvaverkko.areas.internal;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import fi.turvaverkko.areas.AreasProperties;

/**
 * At start-up, before the web server takes requests: the municipalities and the configured boundary files (each file
 * once). The locate index is then built on a thread of its own while the rest of the application starts; a request
 * that needs it before it is ready waits for it.
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
        Thread.ofVirtual().name("locate-index").start(index::current);
    }
}
