package fi.turvaverkko.audit;

import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import fi.turvaverkko.audit.internal.AuditEntryRepository;
import fi.turvaverkko.audit.internal.EntryHash;
import fi.turvaverkko.platform.InvalidInput;

/**
 * The audit module's entry point: every module writes into the trail here, and admins read and verify it.
 * <p>
 * <b>Call {@code record} inside your use case's transaction</b> (propagation REQUIRED): the entry then commits or rolls
 * back together with the change it describes, so there is never a change without its entry nor an entry for a change
 * that did not happen. Called without a transaction, {@code record} runs in a transaction of its own. The transaction
 * must not be read-only (a read of a restricted record, too, writes an entry).
 * <p>
 * Writing takes the chain lock ({@code pg_advisory_xact_lock}), which is held until the caller's transaction ends, so
 * all writers of the trail, in every instance of the application, append one at a time. Record as the last step of a
 * use case, so that the lock is held briefly. The caller's transaction must be READ COMMITTED (Spring's and
 * PostgreSQL's default): under a stricter isolation level a writer could see a stale end of the chain, and the
 * database then refuses its entry (one successor per entry) rather than let the chain fork.
 */
@Service
public class AuditTrail {

    /** The action of a read of a (restricted) record. */
    public static final String RECORD_READ = "record.read";
    public static final String SIGNED_IN = "access.signed-in";
    public static final String SIGN_IN_FAILED = "access.sign-in-failed";
    public static final int MAX_PAGE_SIZE = 500;

    private static final int VERIFY_BATCH = 1000;

    private final AuditEntryRepository entries;

    AuditTrail(AuditEntryRepository entries) {
        this.entries = entries;
    }

    /** Appends the event to the trail, in the caller's transaction; answers the entry as stored. */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEntry record(AuditEvent event) {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalStateException("An audit entry cannot be written in a read-only transaction: record '"
                    + event.action() + "' in a read-write transaction (@Transactional without readOnly).");
        }
        entries.lockChain();
        String previousHash = entries.findHeadHash().orElse(EntryHash.GENESIS);
        var slot = entries.allocate();
        var unhashed = new AuditEntry(slot.id(), slot.occurredAt(), event.actor(), event.actorId(), event.action(),
                event.objectType(), event.objectId(), event.classification(), event.summary(), previousHash, null);
        var entry = new AuditEntry(unhashed.id(), unhashed.occurredAt(), unhashed.actor(), unhashed.actorId(),
                unhashed.action(), unhashed.objectType(), unhashed.objectId(), unhashed.classification(),
                unhashed.summary(), previousHash, EntryHash.of(unhashed));
        entries.insert(entry);
        return entry;
    }

    /**
     * The username of the person signed in to this request, for callers that have no {@code CurrentUser} at hand;
     * {@link AuditEvent#SYSTEM} for work the application does by itself (start-up, demo data).
     */
    public static String currentActor() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? AuditEvent.SYSTEM : authentication.getName();
    }

    /** Same as {@link #record(AuditEvent)}, field by field. */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEntry record(String actor, Long actorId, String action, String objectType, String objectId,
            String classification, String summary) {
        return record(new AuditEvent(actor, actorId, action, objectType, objectId, classification, summary));
    }

    /**
     * A person read a record: action {@code record.read}. Call it for every read of a RESTRICTED record (detail
     * views, downloads, exports), in the transaction that reads it.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEntry recordRead(String actor, Long actorId, String objectType, String objectId, String classification) {
        return record(AuditEvent.read(actor, actorId, objectType, objectId, classification));
    }

    /**
     * Checks the whole chain, oldest entry first, in one consistent snapshot: every entry must link to the hash of
     * the entry before it (the first one to the genesis value) and its own hash must match its contents.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainVerification verify() {
        String expectedPrevious = EntryHash.GENESIS;
        long count = 0;
        Long firstBroken = null;
        long after = Long.MIN_VALUE;
        while (true) {
            var batch = entries.listInChainOrder(after, VERIFY_BATCH);
            for (AuditEntry entry : batch) {
                count++;
                if (firstBroken == null
                        && (!entry.previousHash().equals(expectedPrevious) || !EntryHash.of(entry).equals(entry.hash()))) {
                    firstBroken = entry.id();
                }
                expectedPrevious = entry.hash();
                after = entry.id();
            }
            if (batch.size() < VERIFY_BATCH) {
                return new ChainVerification(firstBroken == null, count, firstBroken);
            }
        }
    }

    /** A page of the entries that match the filter, newest first; {@code page} from 0, {@code size} 1 to 500. */
    @Transactional(readOnly = true)
    public AuditPage list(AuditFilter filter, int page, int size) {
        if (page < 0) {
            throw new InvalidInput("page", "page counts from 0; got " + page + ".");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInput("size", "size must be 1 to " + MAX_PAGE_SIZE + "; got " + size + ".");
        }
        return new AuditPage(entries.find(filter, (long) page * size, size), page, size, entries.count(filter));
    }

    /** Every entry that matches the filter, newest first, streamed from the database one at a time (for exports). */
    @Transactional(readOnly = true)
    public void forEach(AuditFilter filter, Consumer<AuditEntry> consumer) {
        entries.forEach(filter, consumer);
    }
}
