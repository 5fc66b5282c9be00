package fi.turvaverkko.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The access schema's API tokens: their hashes, never the tokens. */
@Repository
class ApiTokenRepository {

    private final JdbcClient db;

    ApiTokenRepository(JdbcClient db) {
        this.db = db;
    }

    record Holder(long tokenId, String username) {
    }

    ApiToken insert(long userId, String name, String secretHash, String hint, Instant expiresAt) {
        return db.sql("""
                insert into access.api_token (user_id, name, secret_hash, hint, expires_at)
                values (:user, :name, :hash, :hint, :expires)
                returning id, name, hint, created_at, expires_at, last_used_at, revoked_at""")
                .param("user", userId).param("name", name).param("hash", secretHash).param("hint", hint)
                .param("expires", expiresAt == null ? null : Timestamp.from(expiresAt))
                .query((rs, row) -> token(rs)).single();
    }

    List<ApiToken> listOf(long userId) {
        return db.sql("""
                select id, name, hint, created_at, expires_at, last_used_at, revoked_at from access.api_token
                where user_id = :user order by revoked_at is not null, created_at desc, id desc""")
                .param("user", userId).query((rs, row) -> token(rs)).list();
    }

    Optional<ApiToken> findOf(long userId, long tokenId) {
        return db.sql("""
                select id, name, hint, created_at, expires_at, last_used_at, revoked_at from access.api_token
                where user_id = :user and id = :id""")
                .param("user", userId).param("id", tokenId).query((rs, row) -> token(rs)).optional();
    }

    /** Revokes the token if it is this user's and still unrevoked; false when it is not theirs or does not exist. */
    boolean revoke(long userId, long tokenId) {
        int changed = db.sql("update access.api_token set revoked_at = coalesce(revoked_at, now()) where user_id = :user and id = :id")
                .param("user", userId).param("id", tokenId).update();
        return changed > 0;
    }

    /** The enabled account that holds an unrevoked, unexpired token with this hash. */
    Optional<Holder> findHolder(String secretHash) {
        return db.sql("""
                select t.id, u.username from access.api_token t join access.user_account u on u.id = t.user_id
                where t.secret_hash = :hash and t.revoked_at is null and (t.expires_at is null or t.expires_at > now())
                  and u.enabled""")
                .param("hash", secretHash).query((rs, row) -> new Holder(rs.getLong(1), rs.getString(2))).optional();
    }

    /** Notes the use; at most once a minute, so that a busy integration does not write on every request. */
    void markUsed(long tokenId) {
        db.sql("""
                update access.api_token set last_used_at = now()
                where id = :id and (last_used_at is null or last_used_at < now() - interval '1 minute')""")
                .param("id", tokenId).update();
    }

    private static ApiToken token(ResultSet rs) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getString("hint"), instant(rs, "created_at"),
                instant(rs, "expires_at"), instant(rs, "last_used_at"), instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
