package fi.turvaverkko.access.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fi.turvaverkko.access.CurrentUser;
import fi.turvaverkko.access.Role;

/** The access schema's user accounts and their roles. */
@Repository
public class UserAccountRepository {

    private final JdbcClient db;

    UserAccountRepository(JdbcClient db) {
        this.db = db;
    }

    public record StoredAccount(long id, String username, String passwordHash, boolean enabled) {
    }

    public Optional<CurrentUser> findByUsername(String username) {
        return db.sql("""
                select id, username, display_name, language, demo from access.user_account
                where username = :username and enabled""")
                .param("username", username)
                .query((rs, row) -> new CurrentUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                        roles(rs.getLong("id")), rs.getString("language"), rs.getBoolean("demo")))
                .optional();
    }

    public Optional<StoredAccount> findCredentials(String username) {
        return db.sql("select id, username, password_hash, enabled from access.user_account where username = :username")
                .param("username", username)
                .query((rs, row) -> new StoredAccount(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"), rs.getBoolean("enabled")))
                .optional();
    }

    public Set<Role> roles(long userId) {
        List<String> names = db.sql("select role from access.user_role where user_id = :id order by role")
                .param("id", userId).query(String.class).list();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(name -> roles.add(Role.valueOf(name)));
        return roles;
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
            db.sql("insert into access.user_role (user_id, role) values (:id, :role)")
                    .param("id", id).param("role", role.name()).update();
        }
        return id;
    }

    /** Serialises the seeding of demo accounts by instances that start at the same time. */
    void lockForSeeding() {
        db.sql("select pg_advisory_xact_lock(4711002)").query((rs, row) -> 1).list();
    }

    public void updateLanguage(String username, String language) {
        db.sql("update access.user_account set language = :language where username = :username")
                .param("language", language).param("username", username).update();
    }
}
