package fi.turvaverkko.platform;

import org.springframework.stereotype.Component;

/**
 * Demo mode seeds well-known accounts and a demo data set, clearly marked as demo. It is on by default with the
 * embedded database and off by default with an external one; {@code turvaverkko.demo} decides when set.
 */
@Component
public class DemoMode {

    private final boolean enabled;

    DemoMode(TurvaverkkoProperties properties, DatabaseMode databaseMode) {
        this.enabled = properties.demo() != null ? properties.demo() : databaseMode == DatabaseMode.EMBEDDED;
    }

    public boolean enabled() {
        return enabled;
    }
}
