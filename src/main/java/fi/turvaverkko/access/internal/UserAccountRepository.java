package fi.turvaverkko.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fi.turvaverkko.access.CurrentUser;
import fi.turvaverkko.access.Role;
import fi.turvaverkko.access.RoleGrant;

/** The access schema's user accounts and their role grants. */
@Repository
public class UserAccountRepository {

    private final JdbcClient db;

    UserAccountRepository(JdbcClient db) {
        this.db = db;
    }

    public record StoredAccount(long id, String username, String passwordHash, boolean enabled) {
    }

    /** An account as single sign-on sees it. */
    public record SsoAccount(long id, String username, AccountStatus status, boolean enabled, String ssoIssuer, String ssoSubject) {
    }

    public Optional<CurrentUser> findByUsername(String username) {
        return db.sql("""
                select id, username, display_name, language, demo from access.user_account
                where username = :username and enabled""")
                .param("username", username)
                .query((rs, row) -> {
                    Set<RoleGrant> grants = grants(rs.getLong("id"));
                    Set<Role> roles = EnumSet.noneOf(Role.class);
                    grants.forEach(grant -> roles.add(grant.role()));
                    return new CurrentUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                            roles, rs.getString("language"), rs.getBoolean("demo"), grants);
                })
                .optional();
    }

    public Optional<StoredAccount> findCredentials(String username) {
        return db.sql("select id, username, password_hash, enabled from access.user_account where username = :username")
                .param("username", username)
                .query((rs, row) -> new StoredAccount(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"), rs.getBoolean("enabled")))
                .optional();
    }

    /** The roles held anywhere. */
    public Set<Role> roles(long userId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        grants(userId).forEach(grant -> roles.add(grant.role()));
        return roles;
    }

    public Set<RoleGrant> grants(long userId) {
        return new TreeSet<>(db.sql("select role, area_code from access.user_role where user_id = :id")
                .param("id", userId).query((rs, row) -> grant(rs)).list());
    }

    /** The grants of many accounts at once, by account id. */
    Map<Long, Set<RoleGrant>> grants(List<Long> userIds) {
        Map<Long, Set<RoleGrant>> byUser = new HashMap<>();
        db.sql("select user_id, role, area_code from access.user_role where user_id = any(:ids)")
                .param("ids", userIds.toArray(Long[]::new))
                .query((rs, row) -> Map.entry(rs.getLong("user_id"), grant(rs)))
                .list()
                .forEach(entry -> byUser.computeIfAbsent(entry.getKey(), id -> new TreeSet<>()).add(entry.getValue()));
        return byUser;
    }

    private static RoleGrant grant(ResultSet rs) throws SQLException {
        return new RoleGrant(Role.valueOf(rs.getString("role")), rs.getString("area_code"));
    }

    public boolean exists(String username) {
        return db.sql("select count(*) from access.user_account where username = :username")
                .param("username", username).query(Long.class).single() > 0;
    }

    public List<String> listDemoUsernames() {
        return db.sql("select username from access.user_account where demo order by username").query(String.class).list();
    }

    public long create(String username, String passwordHash, String displayName, String email, Set<Role> roles, boolean demo) {
        long id = db.sql("""
                insert into access.user_account (username, password_hash, display_name, email, demo)
                values (:username, :hash, :displayName, :email, :demo) returning id""")
                .param("username", username).param("hash", passwordHash).param("displayName", displayName)
                .param("email", email).param("demo", demo)
                .query(Long.class).single();
        for (Role role : roles) {
            insertGrant(id, RoleGrant.everywhere(role));
        }
        return id;
    }

    /** A disabled account without a password, waiting for an administrator, for a person known by single sign-on. */
    long createPending(String username, String displayName, String email, String ssoIssuer, String ssoSubject) {
        return db.sql("""
                insert into access.user_account (username, password_hash, display_name, email, enabled, status, sso_issuer, sso_subject)
                values (:username, null, :displayName, :email, false, 'PENDING', :issuer, :subject) returning id""")
                .param("username", username).param("displayName", displayName).param("email", email)
                .param("issuer", ssoIssuer).param("subject", ssoSubject)
                .query(Long.class).single();
    }

    /** Replaces all role grants of the account. */
    void replaceGrants(long userId, Set<RoleGrant> grants) {
        db.sql("delete from access.user_role where user_id = :id").param("id", userId).update();
        grants.forEach(grant -> insertGrant(userId, grant));
    }

    private void insertGrant(long userId, RoleGrant grant) {
        db.sql("insert into access.user_role (user_id, role, area_code) values (:id, :role, :area)")
                .param("id", userId).param("role", grant.role().name()).param("area", grant.areaCode()).update();
    }

    Optional<SsoAccount> findBySsoSubject(String issuer, String subject) {
        return db.sql("""
                select id, username, status, enabled, sso_issuer, sso_subject from access.user_account
                where sso_issuer = :issuer and sso_subject = :subject""")
                .param("issuer", issuer).param("subject", subject)
                .query((rs, row) -> ssoAccount(rs)).optional();
    }

    /** Accounts whose e-mail address is this one, ignoring case. */
    List<SsoAccount> listByEmail(String email) {
        return db.sql("""
                select id, username, status, enabled, sso_issuer, sso_subject from access.user_account
                where lower(email) = lower(:email) order by id""")
                .param("email", email)
                .query((rs, row) -> ssoAccount(rs)).list();
    }

    private static SsoAccount ssoAccount(ResultSet rs) throws SQLException {
        return new SsoAccount(rs.getLong("id"), rs.getString("username"), AccountStatus.valueOf(rs.getString("status")),
                rs.getBoolean("enabled"), rs.getString("sso_issuer"), rs.getString("sso_subject"));
    }

    void linkSso(long userId, String issuer, String subject) {
        db.sql("update access.user_account set sso_issuer = :issuer, sso_subject = :subject where id = :id")
                .param("issuer", issuer).param("subject", subject).param("id", userId).update();
    }

    /** Every account, those waiting for approval first, then active ones, then rejected ones; by name within each. */
    List<AccountSummary> listAccounts() {
        List<AccountSummary> accounts = db.sql("""
                select id, username, display_name, email, status, password_hash is not null as local_password,
                       sso_subject is not null as single_sign_on, demo, created_at
                from access.user_account
                order by case status when 'PENDING' then 0 when 'ACTIVE' then 1 else 2 end, lower(display_name), username""")
                .query((rs, row) -> summary(rs, Set.of())).list();
        Map<Long, Set<RoleGrant>> grants = grants(accounts.stream().map(AccountSummary::id).toList());
        return accounts.stream().map(a -> new AccountSummary(a.id(), a.username(), a.displayName(), a.email(), a.status(),
                a.localPassword(), a.singleSignOn(), a.demo(), grants.getOrDefault(a.id(), Set.of()), a.createdAt())).toList();
    }

    Optional<AccountSummary> findAccount(long id) {
        return db.sql("""
                select id, username, display_name, email, status, password_hash is not null as local_password,
                       sso_subject is not null as single_sign_on, demo, created_at
                from access.user_account where id = :id""")
                .param("id", id)
                .query((rs, row) -> summary(rs, grants(rs.getLong("id")))).optional();
    }

    /** Locks the account's row until the transaction ends, so that two decisions about it cannot cross. */
    Optional<AccountStatus> lockStatus(long id) {
        return db.sql("select status from access.user_account where id = :id for update")
                .param("id", id).query((rs, row) -> AccountStatus.valueOf(rs.getString("status"))).optional();
    }

    private static AccountSummary summary(ResultSet rs, Set<RoleGrant> grants) throws SQLException {
        return new AccountSummary(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), rs.getString("email"),
                AccountStatus.valueOf(rs.getString("status")), rs.getBoolean("local_password"), rs.getBoolean("single_sign_on"),
                rs.getBoolean("demo"), grants, rs.getTimestamp("created_at").toInstant());
    }

    void changeStatus(long id, AccountStatus status, long reviewedBy) {
        db.sql("""
                update access.user_account set status = :status, enabled = (:status = 'ACTIVE'),
                       reviewed_by = :reviewer, reviewed_at = now()
                where id = :id""")
                .param("status", status.name()).param("reviewer", reviewedBy).param("id", id).update();
    }

    /** Serialises the seeding of demo accounts by instances that start at the same time. */
    void lockForSeeding() {
        db.sql("select pg_advisory_xact_lock(4711002)").query((rs, row) -> 1).list();
    }

    /** Serialises first sign-ins of the same person, so that two browsers cannot create two accounts for them. */
    void lockForSignIn(String issuer, String subject) {
        db.sql("select pg_advisory_xact_lock(4711003, hashtext(:key))").param("key", issuer + " " + subject)
                .query((rs, row) -> 1).list();
    }

    public void updateLanguage(String username, String language) {
        db.sql("update access.user_account set language = :language where username = :username")
                .param("language", language).param("username", username).update();
    }

    /** Gives a demo account created before demo accounts had e-mail addresses its address. */
    void addMissingDemoEmail(String username, String email) {
        db.sql("update access.user_account set email = :email where username = :username and demo and email is null")
                .param("email", email).param("username", username).update();
    }
}
