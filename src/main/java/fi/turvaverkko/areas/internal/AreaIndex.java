package fi.turvaverkko.areas.internal;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

import fi.turvaverkko.areas.AreasImported;

/**
 * Holds the locate index of the current boundaries. It is derived from the database (never the other way round) and
 * rebuilt after an import; every instance of the application builds its own.
 */
@Component
public class AreaIndex {

    private final AreaRepository areas;
    private volatile DistrictIndex index;

    AreaIndex(AreaRepository areas) {
        this.areas = areas;
    }

    public DistrictIndex current() {
        DistrictIndex current = index;
        if (current == null) {
            synchronized (this) {
                if (index == null) {
                    index = build(areas);
                }
                current = index;
            }
        }
        return current;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AreasImported imported) {
        synchronized (this) {
            index = null;
        }
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AreaIndex.class);

    static DistrictIndex build(AreaRepository areas) {
        long start = System.nanoTime();
        WKBReader reader = new WKBReader(GeoJsonAreaReader.GEOMETRIES);
        List<DistrictIndex.IndexedArea> indexed = new ArrayList<>();
        for (var area : areas.listCurrentGeometries(null, null)) {
            try {
                indexed.add(new DistrictIndex.IndexedArea(area.code(), area.level(), reader.read(area.wkb())));
            } catch (ParseException e) {
                throw new IllegalStateException("Stored boundary of area " + area.code() + " is not readable", e);
            }
        }
        DistrictIndex index = new DistrictIndex(indexed);
        log.info("Locate index of {} areas built in {} ms", indexed.size(), (System.nanoTime() - start) / 1_000_000);
        return index;
    }
}
