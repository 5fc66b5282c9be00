package fi.turvaverkko.organisations.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fi.turvaverkko.organisations.Body;
import fi.turvaverkko.organisations.BodyMember;
import fi.turvaverkko.platform.NotFound;

/**
 * Setting up and changing cooperation bodies: one transaction per use case, every rule checked before anything is
 * written, so that a refused request leaves nothing half-saved. Changes to a body's members lock the body's row first,
 * so that two requests cannot both pass the overlap checks.
 */
@Service
public class BodyAdministration {

    private final BodyRepository bodies;
    private final BodyRules rules;

    private final fi.turvaverkko.audit.AuditTrail audit;

    BodyAdministration(BodyRepository bodies, BodyRules rules, fi.turvaverkko.audit.AuditTrail audit) {
        this.bodies = bodies;
        this.rules = rules;
        this.audit = audit;
    }



    /** A new body with its members and rotation rule. */
    @Transactional
    public Coded<Body> create(BodyInput input) {
        return create(input, false);
    }

    @Transactional
    Coded<Body> create(BodyInput input, boolean demo) {
        BodyDraft draft = rules.check(input, Set.of());
        String code = draft.code();
        if (code == null) {
            code = freeCode(BodyRules.slug(draft.nameFi()));
        } else if (bodies.codeTaken(code)) {
            throw new BodyRulesBroken(List.of(Violation.of("code", "organisations.error.code.taken",
                    "Another body has the code '" + code + "'.", code)));
        }
        long id = bodies.insert(code, draft, demo);
        for (MemberDraft member : draft.members()) {
            bodies.insertMember(id, member, demo);
        }
        bodies.replaceRotation(id, draft.rotation());
        audit.record(fi.turvaverkko.audit.AuditTrail.currentActor(), null, "organisations.body.created", "organisations.body", String.valueOf(id), "INTERNAL",
                fi.turvaverkko.audit.ChangeSummary.create().with("code", code).with("name", draft.nameFi())
                        .with("members", draft.members().size()).with("rotation", draft.rotation() != null).toJson());
        return bodies.find(id).orElseThrow();
    }

    /**
     * Changes the body: its fields, the rotation rule (none: the chair no longer rotates) and its members. The members
     * given are the body's members afterwards: a term with an id changes that stored term, one without is added, and
     * stored terms not given are removed. The code stays.
     */
    @Transactional
    public Coded<Body> update(long bodyId, BodyInput input) {
        if (!bodies.lock(bodyId)) {
            throw new NotFound("There is no cooperation body with the id " + bodyId + ".");
        }
        Set<Long> stored = bodies.listMembers(bodyId).stream().map(BodyMember::id).collect(Collectors.toSet());
        List<Long> given = input.members().stream().filter(m -> m != null && m.id() != null).map(BodyInput.MemberInput::id).toList();
        if (new HashSet<>(given).size() != given.size()) {
            throw new BodyRulesBroken(List.of(Violation.of("members", "organisations.error.member.twice",
                    "A stored term can be changed once in a request.")));
        }
        BodyDraft draft = rules.check(input, stored);
        bodies.update(bodyId, draft);
        Set<Long> kept = new HashSet<>();
        for (MemberDraft member : draft.members()) {
            if (member.id() != null) {
                kept.add(member.id());
            }
        }
        for (Long id : stored) {
            if (!kept.contains(id)) {
                bodies.deleteMember(bodyId, id);
            }
        }
        for (MemberDraft member : draft.members()) {
            if (member.id() != null) {
                bodies.updateMember(bodyId, member.id(), member);
            } else {
                bodies.insertMember(bodyId, member, false);
            }
        }
        bodies.replaceRotation(bodyId, draft.rotation());
        audit.record(fi.turvaverkko.audit.AuditTrail.currentActor(), null, "organisations.body.changed", "organisations.body", String.valueOf(bodyId), "INTERNAL",
                fi.turvaverkko.audit.ChangeSummary.create().with("name", draft.nameFi()).with("members", draft.members().size())
                        .with("removedTerms", stored.size() - kept.size()).toJson());
        return bodies.find(bodyId).orElseThrow();
    }

    /** Adds one term of a member to the body's stored members. */
    @Transactional
    public BodyMember addMember(long bodyId, BodyInput.MemberInput input) {
        if (!bodies.lock(bodyId)) {
            throw new NotFound("There is no cooperation body with the id " + bodyId + ".");
        }
        List<Violation> violations = new ArrayList<>();
        if (input.id() != null) {
            violations.add(Violation.of("id", "organisations.error.member.idGiven", "A new member term has no id."));
        }
        MemberDraft draft = rules.checkMember(input, "", violations);
        if (draft != null) {
            List<Roster.Seat> seats = new ArrayList<>();
            for (BodyMember stored : bodies.listMembers(bodyId)) {
                seats.add(Roster.Seat.stored(stored.personId(), stored.personName(), stored.position(), stored.term()));
            }
            seats.add(new Roster.Seat("", draft.personId(), draft.personName(), draft.position(), draft.term()));
            violations.addAll(Roster.check(seats));
        }
        if (!violations.isEmpty()) {
            throw new BodyRulesBroken(violations);
        }
        long id = bodies.insertMember(bodyId, draft, false);
        audit.record(fi.turvaverkko.audit.AuditTrail.currentActor(), null, "organisations.body.member-added", "organisations.body", String.valueOf(bodyId), "INTERNAL",
                fi.turvaverkko.audit.ChangeSummary.create().with("person", draft.personId()).with("position", draft.position())
                        .with("from", draft.term().from()).with("to", draft.term().to()).toJson());
        return bodies.listMembers(bodyId).stream().filter(m -> m.id() == id).findFirst().orElseThrow();
    }

    private String freeCode(String base) {
        String code = base;
        for (int n = 2; bodies.codeTaken(code); n++) {
            code = base + "-" + n;
        }
        return code;
    }
}
