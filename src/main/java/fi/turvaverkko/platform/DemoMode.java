package fi.turvaverkko.platform;

import org.springframework.stereotype.Component;

/**
 * Demo mode seeds well-known demo accounts (and, as modules arrive, a demo data set), and every page says so. It is on by default with the
 * embedded database and off by default with an external one; {@code turvaverkko.demo} decides when set.
 */
@Component
public class DemoMode {

    private final boolean enabled;

    @org.springframework.beans.factory.annotation.Autowired
    DemoMode(TurvaverkkoProperties properties, DatabaseMode databaseMode) {
        this(properties.demo() != null ? properties.demo() : databaseMode == DatabaseMode.EMBEDDED);
    }

    private DemoMode(boolean enabled) {
        this.enabled = enabled;
    }

    /** Demo mode switched off, as in production. */
    public static DemoMode off() {
        return new DemoMode(false);
    }

    public boolean enabled() {
        return enabled;
    }
}
