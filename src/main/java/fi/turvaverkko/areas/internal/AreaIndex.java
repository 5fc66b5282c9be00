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

    static DistrictIndex build(AreaRepository areas) {
        WKBReader reader = new WKBReader(GeoJsonAreaReader.GEOMETRIES);
        List<DistrictIndex.IndexedArea> indexed = new ArrayList<>();
        for (var area : areas.listCurrentGeometries(null, null)) {
            try {
                indexed.add(new DistrictIndex.IndexedArea(area.code(), area.level(), reader.read(area.wkb())));
            } catch (ParseException e) {
                throw new IllegalStateException("Stored boundary of area " + area.code() + " is not readable", e);
            }
        }
        return new DistrictIndex(indexed);
    }
}
