package fi.turvaverkko.audit;

import java.util.List;

/** One page of audit entries, newest first; {@code page} counts from 0, {@code total} is the number of matching entries. */
public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {

    public AuditPage {
        entries = List.copyOf(entries);
    }

    public long totalPages() {
        return (total + size - 1) / size;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
