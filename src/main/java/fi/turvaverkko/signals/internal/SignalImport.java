package fi.turvaverkko.signals.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fi.turvaverkko.access.Classification;
import fi.turvaverkko.access.CurrentUser;
import fi.turvaverkko.audit.AuditTrail;
import fi.turvaverkko.platform.Forbidden;
import fi.turvaverkko.platform.InvalidInput;
import fi.turvaverkko.signals.Channel;
import fi.turvaverkko.signals.Signals;
import fi.turvaverkko.signals.SignalsProperties;

/**
 * Bulk intake of signals: a CSV file (page upload, {@code POST /api/signals/import}) or the police feed. The input
 * streams through: each row is read, checked with the {@link SignalRules} of the import and written through one
 * {@link BulkWriter} (COPY) in one transaction, so a million rows never sit in memory. Rows with an external id are
 * collected {@value #EXTERNAL_BATCH} at a time and looked up against the unique index: an earlier signal of the same
 * source is updated (its rollup contribution moved), a later row of the same file wins over an earlier one. One audit
 * entry per import. ALL_OR_NOTHING keeps nothing when any row is bad (it reads on, to report the problems); KEEP_VALID
 * keeps the good rows.
 */
@Component
public class SignalImport {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SignalImport.class);

    public static final int MAX_PROBLEMS = 1000;
    static final int EXTERNAL_BATCH = 5000;

    private final Signals signals;
    private final SignalRepository repository;
    private final Audiences audiences;
    private final Rollups rollups;
    private final AreaCodes areaCodes;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;
    private final SignalsProperties settings;

    SignalImport(Signals signals, SignalRepository repository, Audiences audiences, Rollups rollups, AreaCodes areaCodes, DataSource dataSource,
            PlatformTransactionManager transactions, AuditTrail audit, SignalsProperties settings) {
        this.signals = signals;
        this.repository = repository;
        this.audiences = audiences;
        this.rollups = rollups;
        this.areaCodes = areaCodes;
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactions);
        this.audit = audit;
        this.settings = settings;
    }

    public long maxUploadBytes() {
        return settings.maxUploadBytes();
    }

    /**
     * Imports a CSV file as the signed-in user. {@code source}: the organisation code the rows come from (empty: the
     * user's first organisation). Throws {@link InvalidInput} for a file that cannot be read at all (header, encoding)
     * and {@link SignalImportTooLarge} past the upload limit; both keep nothing.
     */
    public SignalImportResult importCsv(InputStream input, SignalImportMode mode, String source) {
        Start start = start(source);
        try {
            SignalImportRows rows = new SignalImportCsvRows(new SignalImportLimit(input, settings.maxUploadBytes()));
            return run(rows, mode, Channel.CSV_IMPORT, start);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Imports police feed rows (area × week × phenomenon counts) as the signed-in user, for an organisation whose
     * signals are RESTRICTED by default (the police).
     */
    public SignalImportResult importFeed(PoliceFeedRows rows, SignalImportMode mode, String source) {
        Start start = start(source);
        if (start.source == null || !start.rules.restrictedByDefault(start.source)) {
            throw new Forbidden("The police feed is for the organisations whose signals are RESTRICTED by default (the police); "
                    + "report for one of them (source).");
        }
        try {
            return run(rows, mode, Channel.POLICE_FEED, start);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Start(CurrentUser user, SignalRules rules, Long source, String sourceCode) {
    }

    private Start start(String sourceCode) {
        CurrentUser user = signals.user();
        SignalRules rules = signals.rules();
        Long source = signals.sourceOrganisation(user, sourceCode, rules);
        if (source == null) {
            throw new InvalidInput("source", "signals.import.invalid.source-missing",
                    "Say which organisation the rows come from (source: its code).");
        }
        String code = signals.organisationCodes().get(source);
        return new Start(user, rules, source, code);
    }

    private SignalImportResult run(SignalImportRows rows, SignalImportMode mode, Channel channel, Start start) throws IOException {
        Run run;
        try {
            run = transaction.execute(status -> {
                Run r = new Run(rows, mode, channel, start);
                long t0 = System.nanoTime();
                try {
                    r.readAll();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                long t1 = System.nanoTime();
                if (r.refusing) {
                    status.setRollbackOnly();
                } else {
                    r.finish();
                }
                log.info("Import of {} rows ({}): rows read, checked and copied in {} ms, rollups and the rest in {} ms", r.read, channel,
                        (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
                return r;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        SignalImportResult result = run.result();
        String summary = channel.name() + ", " + mode.code() + ", source " + start.sourceCode + ": read " + result.rowsRead() + ", written "
                + result.written() + ", updated " + result.updated() + ", refused " + result.refused()
                + (result.committed() ? "" : " (nothing kept)");
        audit.record(start.user.username(), start.user.id(), result.committed() ? "signals.imported" : "signals.import-refused",
                "signals.import", channel.name(), (result.highestClassification() == null ? Classification.INTERNAL
                        : result.highestClassification()).name(), summary);
        return result;
    }

    private record Pending(ValidSignal signal, int audienceId) {
    }

    /** One import in its transaction. */
    private final class Run {
        final SignalImportRows rows;
        final SignalImportMode mode;
        final Channel channel;
        final Start start;
        final BulkWriter writer;
        final Map<String, Pending> pending = new LinkedHashMap<>();
        final List<SignalImportResult.Problem> problems = new ArrayList<>();
        long read;
        long written;
        long updated;
        long refused;
        boolean refusing;
        Classification highest;

        Run(SignalImportRows rows, SignalImportMode mode, Channel channel, Start start) {
            this.rows = rows;
            this.mode = mode;
            this.channel = channel;
            this.start = start;
            this.writer = new BulkWriter(dataSource, rollups);
        }

        void readAll() throws IOException {
            try {
                while (rows.next()) {
                    read++;
                    try {
                        ValidSignal signal = start.rules.check(rows.report(), start.source);
                        if (!refusing) {
                            accept(signal);
                        }
                    } catch (InvalidInput e) {
                        refuse(e);
                    }
                }
            } catch (RuntimeException | IOException e) {
                writer.close(); // cancels a running COPY, so that the transaction can roll back
                throw e;
            }
        }

        void accept(ValidSignal signal) {
            int audienceId = audiences.idOf(signal.audience());
            Classification classification = signal.audience().classification();
            if (highest == null || classification.compareTo(highest) > 0) {
                highest = classification;
            }
            if (signal.externalId() == null) {
                writer.add(signal, audienceId, channel, start.user.id(), false);
                written++;
                return;
            }
            if (pending.put(signal.externalId(), new Pending(signal, audienceId)) != null) {
                updated++; // a later row of the file with the same external id wins
            } else if (pending.size() >= EXTERNAL_BATCH) {
                resolvePending();
            }
        }

        void refuse(InvalidInput e) {
            refused++;
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(new SignalImportResult.Problem(rows.row(), rows.line(), rows.column(e.field()), e.getMessage(), e.messageKey(),
                        e.arguments()));
            }
            if (mode == SignalImportMode.ALL_OR_NOTHING && !refusing) {
                refusing = true;
                pending.clear();
                writer.close();
            }
        }

        /** Writes the collected rows with external ids: updates of earlier signals, new signals for the rest. */
        void resolvePending() {
            if (pending.isEmpty()) {
                return;
            }
            writer.suspend();
            Map<String, SignalRepository.Existing> existing = repository.findByExternalIdsForUpdate(start.source,
                    pending.keySet().toArray(String[]::new));
            List<SignalRepository.Replacement> replacements = new ArrayList<>();
            List<Pending> fresh = new ArrayList<>();
            for (var entry : pending.entrySet()) {
                Pending p = entry.getValue();
                SignalRepository.Existing before = existing.get(entry.getKey());
                if (before == null) {
                    fresh.add(p);
                    continue;
                }
                writer.addToRollups(before.day(), before.areaCode(), areaCodes.weeklyCode(before.areaCode()), before.phenomenonId(),
                        before.audienceId(), -before.count());
                ValidSignal s = p.signal();
                writer.addToRollups(s.day(), s.areaCode(), s.weeklyAreaCode(), s.phenomenonId(), p.audienceId(), s.count());
                replacements.add(new SignalRepository.Replacement(before.id(), s, p.audienceId()));
            }
            repository.replaceAll(replacements, channel);
            updated += replacements.size();
            for (Pending p : fresh) {
                writer.add(p.signal(), p.audienceId(), channel, start.user.id(), false);
            }
            written += fresh.size();
            pending.clear();
        }

        void finish() {
            resolvePending();
            writer.finish();
        }

        SignalImportResult result() {
            boolean committed = !refusing;
            return new SignalImportResult(read, committed ? written : 0, committed ? updated : 0, refused, mode, List.copyOf(problems),
                    refused > problems.size(), committed, committed ? highest : null);
        }
    }
}
