package fi.turvaverkko.situation.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Keeps the expensive, reader-independent reads of the rollups (the city's weekly trend by audience, the baselines of
 * the emerging-phenomena run) for {@link #TIME_TO_LIVE}: within that time a new signal reaches them too. The current
 * period's counts are never cached. Each instance has its own cache; nothing here is state (it can be dropped at any
 * moment).
 */
@Component
public class RollupCache {

    public static final Duration TIME_TO_LIVE = Duration.ofSeconds(60);
    private static final int MAX_ENTRIES = 64;

    private record Entry(long expiresAt, Object value) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> compute) {
        long now = System.nanoTime();
        Entry entry = entries.get(key);
        if (entry != null && entry.expiresAt() - now > 0) {
            return (T) entry.value();
        }
        T value = compute.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.entrySet().removeIf(e -> e.getValue().expiresAt() - now <= 0);
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(key, new Entry(now + TIME_TO_LIVE.toNanos(), value));
        return value;
    }
}
