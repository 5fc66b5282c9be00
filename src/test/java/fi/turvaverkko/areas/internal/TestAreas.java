package fi.turvaverkko.areas.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;

import fi.turvaverkko.areas.AreaDataset;
import fi.turvaverkko.areas.AreaLevel;
import fi.turvaverkko.areas.AreasProperties;

/** The shipped boundary data, read as the application reads it, without a database: for fast tests of spatial rules. */
final class TestAreas {

    private static List<ParsedArea> all;

    private TestAreas() {
    }

    static List<AreaDataset> datasets() {
        try {
            var sources = new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"));
            var environment = new StandardEnvironment();
            sources.forEach(environment.getPropertySources()::addLast);
            return Binder.get(environment).bind("turvaverkko.areas", AreasProperties.class).get().datasets();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized List<ParsedArea> all() {
        if (all == null) {
            List<ParsedArea> areas = new ArrayList<>();
            for (AreaDataset dataset : datasets()) {
                try (InputStream in = new DefaultResourceLoader().getResource(dataset.resource()).getInputStream()) {
                    areas.addAll(GeoJsonAreaReader.read(dataset, in));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            all = List.copyOf(areas);
        }
        return all;
    }

    static List<ParsedArea> helsinki(AreaLevel level) {
        return all().stream().filter(a -> a.municipalityCode().equals("091") && a.level() == level).toList();
    }

    static DistrictIndex index() {
        return new DistrictIndex(all().stream().map(a -> new DistrictIndex.IndexedArea(a.code(), a.level(), a.geometry())).toList());
    }
}
