package fi.turvaverkko.signals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fi.turvaverkko.access.Accounts;
import fi.turvaverkko.access.CurrentUser;
import fi.turvaverkko.access.Role;
import fi.turvaverkko.audit.AuditTrail;
import fi.turvaverkko.platform.Forbidden;
import fi.turvaverkko.platform.InvalidInput;
import fi.turvaverkko.platform.NotFound;
import fi.turvaverkko.signals.internal.PhenomenonRepository;

/** The taxonomy of phenomena: read by everyone, edited by admins (names, category, retiring; codes stay). */
@Service
public class Phenomena {

    private static final Pattern CODE = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private final PhenomenonRepository phenomena;
    private final Accounts accounts;
    private final AuditTrail audit;

    Phenomena(PhenomenonRepository phenomena, Accounts accounts, AuditTrail audit) {
        this.phenomena = phenomena;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** Categories with their phenomena (retired ones too, when asked), in order. */
    @Transactional(readOnly = true)
    public List<PhenomenonCategory> listCategories(boolean withRetired) {
        List<Phenomenon> all = phenomena.listPhenomena();
        return phenomena.listCategories().stream()
                .map(c -> new PhenomenonCategory(c.id(), c.code(), c.nameFi(), c.nameSv(), c.nameEn(), c.position(),
                        all.stream().filter(p -> p.categoryId() == c.id() && (withRetired || p.active())).toList()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Phenomenon> listPhenomena() {
        return phenomena.listPhenomena();
    }

    public Optional<Phenomenon> findPhenomenon(String code) {
        return code == null ? Optional.empty() : phenomena.findByCode(code.strip().toLowerCase(Locale.ROOT));
    }

    public Phenomenon getPhenomenon(String code) {
        return findPhenomenon(code).orElseThrow(() -> new NotFound("There is no phenomenon " + code + "."));
    }

    public Optional<Phenomenon> findPhenomenon(int id) {
        return phenomena.find(id);
    }

    /** A new phenomenon (admins). */
    @Transactional
    public Phenomenon addPhenomenon(int categoryId, String code, String nameFi, String nameSv, String nameEn) {
        CurrentUser admin = admin();
        String cleanCode = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        if (!CODE.matcher(cleanCode).matches()) {
            throw new InvalidInput("code", "phenomenon.invalid.code", "A code is lower-case letters and digits joined by hyphens, e.g. street-drug-dealing.");
        }
        if (phenomena.findByCode(cleanCode).isPresent()) {
            throw new InvalidInput("code", "phenomenon.invalid.code-taken", "There is already a phenomenon " + cleanCode + ".");
        }
        checkNames(categoryId, nameFi, nameSv, nameEn);
        int id = phenomena.insert(categoryId, cleanCode, nameFi.strip(), nameSv.strip(), nameEn.strip());
        audit.record(admin.username(), admin.id(), "signals.phenomenon-added", "signals.phenomenon", String.valueOf(id), null,
                cleanCode + ": " + nameFi.strip());
        return phenomena.find(id).orElseThrow();
    }

    /** Renames, moves or retires a phenomenon (admins); its code and its signals stay. */
    @Transactional
    public Phenomenon changePhenomenon(int id, int categoryId, String nameFi, String nameSv, String nameEn, boolean active) {
        CurrentUser admin = admin();
        Phenomenon before = phenomena.find(id).orElseThrow(() -> new NotFound("There is no phenomenon " + id + "."));
        checkNames(categoryId, nameFi, nameSv, nameEn);
        phenomena.update(id, categoryId, nameFi.strip(), nameSv.strip(), nameEn.strip(), active);
        audit.record(admin.username(), admin.id(), "signals.phenomenon-changed", "signals.phenomenon", String.valueOf(id), null,
                before.code() + ": " + before.nameFi() + " → " + nameFi.strip() + (active ? "" : " (retired)"));
        return phenomena.find(id).orElseThrow();
    }

    private void checkNames(int categoryId, String nameFi, String nameSv, String nameEn) {
        if (!phenomena.categoryExists(categoryId)) {
            throw new InvalidInput("category", "phenomenon.invalid.category", "There is no category " + categoryId + ".");
        }
        for (String[] name : new String[][] { { "nameFi", nameFi }, { "nameSv", nameSv }, { "nameEn", nameEn } }) {
            if (name[1] == null || name[1].isBlank() || name[1].strip().length() > 200) {
                throw new InvalidInput(name[0], "phenomenon.invalid.name", "Every phenomenon has a name in Finnish, Swedish and English (at most 200 characters).");
            }
        }
    }

    private CurrentUser admin() {
        CurrentUser user = accounts.findCurrentUser().orElseThrow(() -> new Forbidden("Only admins edit the phenomena."));
        if (!user.has(Role.ADMIN)) {
            throw new Forbidden("Only admins edit the phenomena.");
        }
        return user;
    }
}
