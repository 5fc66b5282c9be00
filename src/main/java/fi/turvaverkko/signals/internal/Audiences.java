package fi.turvaverkko.signals.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import fi.turvaverkko.access.Classification;

/**
 * The audiences of signals: one row per classification, owner, sharing list and legal basis. PUBLIC and INTERNAL
 * audiences ignore owner and sharing (everyone signed in sees INTERNAL), so that there are only a few of them. The ids
 * are kept in memory once known: an audience row never changes.
 */
@Component
public class Audiences {

    private final JdbcClient db;
    private final TransactionTemplate ownTransaction;
    private final Map<Audience, Integer> ids = new ConcurrentHashMap<>();

    Audiences(JdbcClient db, PlatformTransactionManager transactions) {
        this.db = db;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Who may see a signal. Sharing lists are sorted so that equal lists are one audience. */
    public record Audience(Classification classification, Long owner, long[] organisations, long[] bodies, String legalBasis) {

        public Audience {
            if (classification != Classification.RESTRICTED) {
                owner = null;
                organisations = new long[0];
                bodies = new long[0];
            } else {
                organisations = Arrays.stream(organisations).distinct().sorted().toArray();
                bodies = Arrays.stream(bodies).distinct().sorted().toArray();
            }
            legalBasis = legalBasis == null || legalBasis.isBlank() ? null : legalBasis.strip();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Audience that && classification == that.classification && Objects.equals(owner, that.owner)
                    && Arrays.equals(organisations, that.organisations) && Arrays.equals(bodies, that.bodies)
                    && Objects.equals(legalBasis, that.legalBasis);
        }

        @Override
        public int hashCode() {
            return Objects.hash(classification, owner, Arrays.hashCode(organisations), Arrays.hashCode(bodies), legalBasis);
        }
    }

    /**
     * The audience's id, created when it is new (concurrent creators get the same row). A new audience is committed in
     * a transaction of its own, so that the id kept in memory stays valid when the caller's transaction rolls back.
     */
    public int idOf(Audience audience) {
        Integer known = ids.get(audience);
        if (known != null) {
            return known;
        }
        int id = ownTransaction.execute(status -> create(audience));
        ids.put(audience, id);
        return id;
    }

    private int create(Audience audience) {
        Long[] organisations = Arrays.stream(audience.organisations()).boxed().toArray(Long[]::new);
        Long[] bodies = Arrays.stream(audience.bodies()).boxed().toArray(Long[]::new);
        db.sql("""
                insert into signals.audience (classification, owner_organisation_id, shared_organisations, shared_bodies, legal_basis)
                values (:classification, :owner, cast(:organisations as bigint[]), cast(:bodies as bigint[]), :legalBasis)
                on conflict do nothing""")
                .param("classification", audience.classification().name()).param("owner", audience.owner())
                .param("organisations", organisations).param("bodies", bodies).param("legalBasis", audience.legalBasis())
                .update();
        int id = db.sql("""
                select id from signals.audience
                 where classification = :classification and owner_organisation_id is not distinct from :owner
                   and shared_organisations = cast(:organisations as bigint[]) and shared_bodies = cast(:bodies as bigint[])
                   and legal_basis is not distinct from cast(:legalBasis as text)""")
                .param("classification", audience.classification().name()).param("owner", audience.owner())
                .param("organisations", organisations).param("bodies", bodies).param("legalBasis", audience.legalBasis())
                .query(Integer.class).single();
        return id;
    }
}
