package fi.turvaverkko.signals;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fi.turvaverkko.access.AccessPolicy;
import fi.turvaverkko.access.AccessPolicy.Visibility;
import fi.turvaverkko.access.Accounts;
import fi.turvaverkko.access.Classification;
import fi.turvaverkko.access.CurrentUser;
import fi.turvaverkko.access.Role;
import fi.turvaverkko.audit.AuditTrail;
import fi.turvaverkko.organisations.Membership;
import fi.turvaverkko.organisations.Organisation;
import fi.turvaverkko.organisations.Organisations;
import fi.turvaverkko.platform.Forbidden;
import fi.turvaverkko.platform.InvalidInput;
import fi.turvaverkko.platform.NotFound;
import fi.turvaverkko.signals.internal.AreaCodes;
import fi.turvaverkko.signals.internal.Audiences;
import fi.turvaverkko.signals.internal.PhenomenonRepository;
import fi.turvaverkko.signals.internal.Rollups;
import fi.turvaverkko.signals.internal.SignalRepository;
import fi.turvaverkko.signals.internal.SignalRepository.Where;
import fi.turvaverkko.signals.internal.SignalRules;
import fi.turvaverkko.signals.internal.ValidSignal;

/**
 * The signals module's entry point: report a signal (form, API), read signals through the access policy, triage.
 * <p>
 * Who may report: anyone signed in who belongs to an organisation (the source), and admins. Default classification:
 * signals of the organisations in {@code turvaverkko.signals.restricted-sources} (the police, child welfare) and their
 * units are RESTRICTED and shared with {@code restricted-shared-with} (the Safety and Preparedness Unit); others are
 * INTERNAL. A RESTRICTED signal always has a sharing list. Who may triage: coordinators, police coordinators and
 * analysts. Every change, and every read of a RESTRICTED signal, is in the audit trail.
 */
@Service
public class Signals {

    public static final int MAX_PAGE_SIZE = 1000;

    private final SignalRepository signals;
    private final PhenomenonRepository phenomena;
    private final Audiences audiences;
    private final Rollups rollups;
    private final AreaCodes areas;
    private final Organisations organisations;
    private final AccessPolicy policy;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final SignalsProperties settings;
    private final Clock clock;

    Signals(SignalRepository signals, PhenomenonRepository phenomena, Audiences audiences, Rollups rollups, AreaCodes areas,
            Organisations organisations, AccessPolicy policy, Accounts accounts, AuditTrail audit, SignalsProperties settings) {
        this.signals = signals;
        this.phenomena = phenomena;
        this.audiences = audiences;
        this.rollups = rollups;
        this.areas = areas;
        this.organisations = organisations;
        this.policy = policy;
        this.accounts = accounts;
        this.audit = audit;
        this.settings = settings;
        this.clock = Clock.system(SignalRules.HELSINKI);
    }

    /** The rules of this moment (taxonomy, organisations, settings), for one use case or one import. */
    public SignalRules rules() {
        return new SignalRules(phenomena.listPhenomena(), organisations.organisationsByCode(), organisations.bodiesByCode(),
                settings, areas, Instant.now(clock));
    }

    public CurrentUser user() {
        return accounts.findCurrentUser().orElseThrow(() -> new Forbidden("Sign in to work with signals."));
    }

    private Visibility visibility(Optional<CurrentUser> user) {
        return policy.visibility(user);
    }

    /** The organisations the user may report for: their current memberships (admins: any organisation). */
    @Transactional(readOnly = true)
    public List<Organisation> listReportingOrganisations(CurrentUser user) {
        if (user.has(Role.ADMIN)) {
            return organisations.listOrganisations();
        }
        return organisations.findPersonOfUser(user.id()).stream()
                .flatMap(person -> organisations.listMemberships(person.id()).stream())
                .filter(m -> m.term().covers(java.time.LocalDate.now(clock)))
                .map(Membership::organisationId).distinct()
                .map(organisations::findOrganisation).flatMap(Optional::stream).toList();
    }

    /**
     * The source of a report: the organisation named (by code) when the user may report for it, otherwise the user's
     * first organisation; null for an admin who names none.
     */
    public Long sourceOrganisation(CurrentUser user, String code, SignalRules rules) {
        List<Organisation> mine = listReportingOrganisations(user);
        if (code != null && !code.isBlank()) {
            Organisation named = rules.findOrganisation(code.strip()).orElseThrow(() -> new InvalidInput("sourceOrganisation",
                    "signal.invalid.source", "There is no organisation " + code.strip() + ".", code.strip()));
            if (mine.stream().noneMatch(o -> o.id() == named.id())) {
                throw new Forbidden("You may report only for your own organisations, not for " + code.strip() + ".");
            }
            return named.id();
        }
        if (mine.isEmpty()) {
            if (user.has(Role.ADMIN)) {
                return null;
            }
            throw new Forbidden("Only members of an organisation report signals; ask an admin to add you to yours.");
        }
        return mine.getFirst().id();
    }

    /**
     * Reports a signal, or updates the earlier one with the same source and external id. The signal, its rollups and
     * the audit entry are written in one transaction: once this returns, the signal survives a crash.
     */
    @Transactional
    public Reported report(SignalReport report, Channel channel) {
        CurrentUser user = user();
        SignalRules rules = rules();
        Long source = sourceOrganisation(user, report.sourceOrganisation(), rules);
        ValidSignal signal = rules.check(report, source);
        return write(signal, channel, user, false);
    }

    private Reported write(ValidSignal signal, Channel channel, CurrentUser user, boolean demo) {
        int audience = audiences.idOf(signal.audience());
        Rollups.Batch batch = new Rollups.Batch();
        Reported reported;
        Optional<SignalRepository.Existing> existing = signal.externalId() == null ? Optional.empty()
                : signals.findByExternalIdForUpdate(signal.sourceOrganisationId(), signal.externalId());
        if (existing.isPresent()) {
            var before = existing.get();
            batch.add(before.day(), before.areaCode(), areas.weeklyCode(before.areaCode()), before.phenomenonId(), before.audienceId(), -before.count());
            signals.replace(before.id(), signal, audience, channel);
            reported = new Reported(before.id(), false);
        } else {
            reported = new Reported(signals.insert(signal, audience, channel, user == null ? null : user.id(), demo), true);
        }
        batch.add(signal.day(), signal.areaCode(), signal.weeklyAreaCode(), signal.phenomenonId(), audience, signal.count());
        rollups.apply(batch);
        if (user != null) {
            audit.record(user.username(), user.id(), reported.created() ? "signals.reported" : "signals.updated", "signals.signal",
                    String.valueOf(reported.id()), signal.audience().classification().name(),
                    channel.name() + ", " + signal.areaCode() + ", count " + signal.count());
        }
        return reported;
    }

    // reading -------------------------------------------------------------------------------------------------------

    /** One signal, when the reader may see it (404 otherwise); a read of a RESTRICTED signal is audited. */
    @Transactional
    public SignalView getSignal(long id) {
        CurrentUser user = user();
        SignalView signal = signals.find(id, visibility(Optional.of(user)))
                .orElseThrow(() -> new NotFound("There is no signal " + id + " that you may see."));
        if (signal.classification() == Classification.RESTRICTED) {
            audit.recordRead(user.username(), user.id(), "signals.signal", String.valueOf(id), Classification.RESTRICTED.name());
        }
        return signal;
    }

    /** A page of the signals the reader may see, newest first; the restricted ones on it are audited as read. */
    @Transactional
    public SignalPage listSignals(SignalFilter filter, int page, int size) {
        CurrentUser user = user();
        if (page < 0) {
            throw new InvalidInput("page", "page starts from 0.");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInput("size", "size must be from 1 to " + MAX_PAGE_SIZE + ".");
        }
        Where where = where(filter, user);
        List<SignalView> found = signals.list(where, page * size, size);
        long total = found.size() < size && page == 0 ? found.size() : signals.count(where);
        auditReads(user, found.stream().filter(s -> s.classification() == Classification.RESTRICTED).map(SignalView::id).toList());
        return new SignalPage(found, total, page, size);
    }

    /** Every signal the reader may see that matches, oldest first (exports); restricted ones are audited as one read. */
    @Transactional
    public void forEachSignal(SignalFilter filter, Consumer<SignalView> consumer) {
        CurrentUser user = user();
        Where where = where(filter, user);
        List<Long> restricted = new java.util.ArrayList<>();
        signals.forEach(where, signal -> {
            if (signal.classification() == Classification.RESTRICTED && restricted.size() < 100_000) {
                restricted.add(signal.id());
            }
            consumer.accept(signal);
        });
        auditReads(user, restricted);
    }

    private void auditReads(CurrentUser user, List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        String shown = ids.stream().limit(50).map(String::valueOf).collect(Collectors.joining(","));
        audit.record(user.username(), user.id(), AuditTrail.RECORD_READ, "signals.signal", ids.size() == 1 ? shown : "list",
                Classification.RESTRICTED.name(), ids.size() + " restricted signals: " + shown + (ids.size() > 50 ? ", …" : ""));
    }

    private Where where(SignalFilter filter, CurrentUser user) {
        String[] areaCodes = null;
        if (filter.areaCode() != null && !filter.areaCode().isBlank()) {
            String code = filter.areaCode().strip();
            if (areas.find(code).isEmpty()) {
                throw new InvalidInput("area", "signal.invalid.area", "There is no current area " + code + ".");
            }
            areaCodes = areas.selfAndBeneath(code);
        }
        Integer[] phenomenonIds = null;
        if (!filter.phenomena().isEmpty()) {
            Map<String, Phenomenon> byCode = phenomena.listPhenomena().stream().collect(Collectors.toMap(Phenomenon::code, p -> p));
            phenomenonIds = filter.phenomena().stream().map(code -> {
                Phenomenon p = byCode.get(code.strip().toLowerCase(Locale.ROOT));
                if (p == null) {
                    throw new InvalidInput("phenomenon", "signal.invalid.phenomenon", "There is no phenomenon " + code + ".", code);
                }
                return p.id();
            }).toArray(Integer[]::new);
        }
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw new InvalidInput("to", "signal.invalid.period-reversed", "to (" + filter.to() + ") is before from (" + filter.from() + ").");
        }
        return signals.where(filter, areaCodes, phenomenonIds, visibility(Optional.of(user)));
    }

    /** Possible duplicates of a signal: same phenomenon, within the configured distance and time, that the reader may see. */
    @Transactional(readOnly = true)
    public List<SignalView> listPossibleDuplicates(SignalView signal) {
        CurrentUser user = user();
        return signals.listNear(signal, settings.duplicateMetres(), settings.duplicateHours(), visibility(Optional.of(user)));
    }

    // triage --------------------------------------------------------------------------------------------------------

    public boolean mayTriage(CurrentUser user) {
        return user.has(Role.COORDINATOR) || user.has(Role.POLICE_COORDINATOR) || user.has(Role.ANALYST) || user.has(Role.ADMIN);
    }

    /** Moves a signal on in triage (coordinators and analysts who may see it); LINKED names the signal it duplicates. */
    @Transactional
    public SignalView triage(long id, SignalStatus status, String note, Long linkedSignalId) {
        CurrentUser user = user();
        if (!mayTriage(user)) {
            throw new Forbidden("Only coordinators and analysts triage signals.");
        }
        Visibility visible = visibility(Optional.of(user));
        SignalView signal = signals.find(id, visible).orElseThrow(() -> new NotFound("There is no signal " + id + " that you may see."));
        if (status == null) {
            throw new InvalidInput("status", "signal.invalid.status-missing", "Say the new status.");
        }
        if (!signal.status().mayMoveTo(status)) {
            throw new InvalidInput("status", "signal.invalid.transition", "A " + signal.status() + " signal cannot become " + status
                    + "; it can become " + signal.status().next().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")) + ".",
                    signal.status(), status);
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > 2000) {
            throw new InvalidInput("note", "signal.invalid.note-long", "The note can be at most 2000 characters.");
        }
        var personal = PersonalData.find(cleanNote);
        if (personal.isPresent()) {
            var kind = personal.get();
            throw new InvalidInput("note", kind.messageKey(), "The note contains " + kind.explanation() + "; remove it.");
        }
        Long linked = null;
        if (status == SignalStatus.LINKED) {
            if (linkedSignalId == null || linkedSignalId == id) {
                throw new InvalidInput("linkedSignal", "signal.invalid.link-missing", "A linked signal names the signal it belongs with.");
            }
            linked = signals.find(linkedSignalId, visible).map(SignalView::id).orElseThrow(() -> new InvalidInput("linkedSignal",
                    "signal.invalid.link", "There is no signal " + linkedSignalId + " that you may see."));
        }
        signals.changeStatus(id, status, cleanNote, linked);
        audit.record(user.username(), user.id(), "signals.triaged", "signals.signal", String.valueOf(id), signal.classification().name(),
                signal.status() + " → " + status + (linked == null ? "" : " (with " + linked + ")"));
        return signals.find(id, visible).orElseThrow();
    }

    /** Codes of organisations and bodies by id, for showing sharing lists. */
    @Transactional(readOnly = true)
    public Map<Long, String> organisationCodes() {
        return organisations.organisationsByCode().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getValue().id(), Map.Entry::getKey, (a, b) -> a));
    }

    @Transactional(readOnly = true)
    public Map<Long, String> bodyCodes() {
        return organisations.bodiesByCode().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getValue().id(), Map.Entry::getKey, (a, b) -> a));
    }
}
