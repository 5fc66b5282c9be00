package fi.turvaverkko.access;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The one answer to "who may see this?", used by every module inside its SQL (lists, details, search, counts,
 * exports): never by filtering afterwards in Java or in a template.
 * <p>
 * A record has a {@code classification} column, an owner organisation column, and a sharing table with one row per
 * organisation ({@code organisation_id}) or body ({@code body_id}) it is shared with. {@link #visibility} gives the
 * condition and its parameters for one user:
 * <pre>{@code
 * var visible = policy.visibility(user);
 * db.sql("select … from meetings.decision d where " + visible.condition("d", "meetings.decision_share", "decision_id"))
 *   .params(visible.params())…
 * }</pre>
 */
@Component
public class AccessPolicy {

    private final ObjectProvider<Affiliations> affiliations;

    AccessPolicy(ObjectProvider<Affiliations> affiliations) {
        this.affiliations = affiliations;
    }

    /** What this user (empty: nobody signed in) may see. */
    public Visibility visibility(Optional<CurrentUser> user) {
        if (user.isEmpty()) {
            return new Visibility(false, Set.of(), Set.of());
        }
        var source = affiliations.getIfAvailable();
        long id = user.get().id();
        return new Visibility(true, source == null ? Set.of() : source.organisationIds(id),
                source == null ? Set.of() : source.bodyIds(id));
    }

    /** The user's standing: signed in or not, and their organisations and bodies. */
    public record Visibility(boolean signedIn, Set<Long> organisations, Set<Long> bodies) {

        /**
         * An SQL condition that is true for the rows of {@code alias} this user may see. The table needs the columns
         * {@code id}, {@code classification} and {@code owner_organisation_id}; {@code shareTable} has {@code shareKey}
         * (the record's id), {@code organisation_id} and {@code body_id}.
         */
        public String condition(String alias, String shareTable, String shareKey) {
            return "(" + alias + ".classification = 'PUBLIC'"
                    + " or (:av_signedIn and " + alias + ".classification = 'INTERNAL')"
                    + " or (:av_signedIn and " + alias + ".classification = 'RESTRICTED' and ("
                    + alias + ".owner_organisation_id = any(:av_organisations)"
                    + " or exists (select 1 from " + shareTable + " av_s where av_s." + shareKey + " = " + alias + ".id"
                    + " and (av_s.organisation_id = any(:av_organisations) or av_s.body_id = any(:av_bodies))))))";
        }

        /**
         * The same rule for a table that keeps its sharing list in two arrays on the row: {@code classification},
         * {@code owner_organisation_id}, {@code shared_organisations bigint[]} and {@code shared_bodies bigint[]}
         * (used where one row stands for many records, like the audiences of signals).
         */
        public String conditionOnArrays(String alias) {
            return "(" + alias + ".classification = 'PUBLIC'"
                    + " or (:av_signedIn and " + alias + ".classification = 'INTERNAL')"
                    + " or (:av_signedIn and " + alias + ".classification = 'RESTRICTED' and ("
                    + alias + ".owner_organisation_id = any(:av_organisations)"
                    + " or " + alias + ".shared_organisations && cast(:av_organisations as bigint[])"
                    + " or " + alias + ".shared_bodies && cast(:av_bodies as bigint[]))))";
        }

        public Map<String, Object> params() {
            return Map.of("av_signedIn", signedIn, "av_organisations", organisations.toArray(Long[]::new),
                    "av_bodies", bodies.toArray(Long[]::new));
        }

        /** The same rule for one record already loaded (e.g. to decide whether to write a read entry in the audit trail). */
        public boolean maySee(Classification classification, Long ownerOrganisation, Set<Long> sharedOrganisations, Set<Long> sharedBodies) {
            return switch (classification) {
                case PUBLIC -> true;
                case INTERNAL -> signedIn;
                case RESTRICTED -> signedIn && ((ownerOrganisation != null && organisations.contains(ownerOrganisation))
                        || sharedOrganisations.stream().anyMatch(organisations::contains)
                        || sharedBodies.stream().anyMatch(bodies::contains));
            };
        }
    }
}
