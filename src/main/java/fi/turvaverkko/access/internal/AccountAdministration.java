package fi.turvaverkko.access.internal;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import fi.turvaverkko.audit.AuditTrail;
import fi.turvaverkko.audit.ChangeSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fi.turvaverkko.access.CurrentUser;
import fi.turvaverkko.access.Role;
import fi.turvaverkko.access.RoleGrant;
import fi.turvaverkko.platform.NotFound;

/** What an administrator does with accounts: approve or reject the ones waiting, and set roles and their areas. */
@Service
public class AccountAdministration {

    private static final Logger log = LoggerFactory.getLogger(AccountAdministration.class);

    private final UserAccountRepository users;

    private final AuditTrail audit;

    AccountAdministration(UserAccountRepository users, AuditTrail audit) {
        this.users = users;
        this.audit = audit;
    }

    /** Every account, those waiting for approval first. */
    @Transactional(readOnly = true)
    public List<AccountSummary> listAccounts() {
        return users.listAccounts();
    }

    @Transactional(readOnly = true)
    public AccountSummary getAccount(long id) {
        return users.findAccount(id).orElseThrow(() -> new NotFound("There is no account " + id + "."));
    }

    /** Lets a pending (or earlier rejected) account sign in, with these roles. */
    @Transactional
    public void approve(long id, Set<RoleGrant> grants, CurrentUser admin) {
        requireAdmin(admin);
        var status = users.lockStatus(id).orElseThrow(() -> new NotFound("There is no account " + id + "."));
        if (status == AccountStatus.ACTIVE) {
            throw new AccessRuleBroken(null, "access.admin.error.alreadyActive", "The account is already approved.");
        }
        var normalised = normalised(grants);
        users.replaceGrants(id, normalised);
        users.changeStatus(id, AccountStatus.ACTIVE, admin.id());
        log.info("Account {} approved by '{}' with {}", id, admin.username(), normalised);
        audit.record(admin.username(), admin.id(), "access.account.approved", "account", String.valueOf(id), null,
                ChangeSummary.create().changed("status", status, AccountStatus.ACTIVE).with("roles", normalised.toString()).toJson());
    }

    /** Turns down an account that waits for approval: it cannot sign in, and a new sign-in attempt is refused. */
    @Transactional
    public void reject(long id, CurrentUser admin) {
        requireAdmin(admin);
        var status = users.lockStatus(id).orElseThrow(() -> new NotFound("There is no account " + id + "."));
        if (status != AccountStatus.PENDING) {
            throw new AccessRuleBroken(null, "access.admin.error.notPending", "Only an account waiting for approval can be rejected.");
        }
        users.replaceGrants(id, Set.of());
        users.changeStatus(id, AccountStatus.REJECTED, admin.id());
        log.info("Account {} rejected by '{}'", id, admin.username());
        audit.record(admin.username(), admin.id(), "access.account.rejected", "account", String.valueOf(id), null,
                ChangeSummary.create().changed("status", status, AccountStatus.REJECTED).toJson());
    }

    /** Sets the roles of an active account, each everywhere or limited to areas. */
    @Transactional
    public void changeGrants(long id, Set<RoleGrant> grants, CurrentUser admin) {
        requireAdmin(admin);
        var status = users.lockStatus(id).orElseThrow(() -> new NotFound("There is no account " + id + "."));
        if (status != AccountStatus.ACTIVE) {
            throw new AccessRuleBroken(null, "access.admin.error.notActive", "Approve the account before changing its roles.");
        }
        var normalised = normalised(grants);
        if (id == admin.id() && normalised.stream().noneMatch(grant -> grant.role() == Role.ADMIN)) {
            throw new AccessRuleBroken("roles", "access.admin.error.ownAdmin", "You cannot take the ADMIN role from yourself.");
        }
        users.replaceGrants(id, normalised);
        log.info("Roles of account {} set by '{}' to {}", id, admin.username(), normalised);
        audit.record(admin.username(), admin.id(), "access.account.roles-changed", "account", String.valueOf(id), null,
                ChangeSummary.create().with("roles", normalised.toString()).toJson());
    }

    private static void requireAdmin(CurrentUser admin) {
        if (admin == null || !admin.has(Role.ADMIN)) {
            throw new org.springframework.security.access.AccessDeniedException("Only an administrator manages accounts.");
        }
    }

    /**
     * At least one role; a role held everywhere needs no area limits, and an area beneath another area of the same role
     * adds nothing.
     */
    static Set<RoleGrant> normalised(Set<RoleGrant> grants) {
        if (grants == null || grants.isEmpty()) {
            throw new AccessRuleBroken("roles", "access.admin.error.noRole", "Choose at least one role.");
        }
        Set<RoleGrant> result = new TreeSet<>();
        for (RoleGrant grant : grants) {
            boolean coveredByAnother = grants.stream().anyMatch(other -> other.role() == grant.role() && !other.equals(grant)
                    && (other.unlimited() || (grant.areaCode() != null && grant.areaCode().startsWith(other.areaCode()))));
            if (!coveredByAnother) {
                result.add(grant);
            }
        }
        return result;
    }
}
