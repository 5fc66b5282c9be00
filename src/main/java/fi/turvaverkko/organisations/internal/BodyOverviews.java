package fi.turvaverkko.organisations.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fi.turvaverkko.organisations.Body;
import fi.turvaverkko.organisations.BodyMember;
import fi.turvaverkko.organisations.ChairRotation;
import fi.turvaverkko.organisations.ChairTerm;
import fi.turvaverkko.organisations.CooperationAgreement;
import fi.turvaverkko.organisations.Organisation;
import fi.turvaverkko.organisations.Position;

/** Everything the page and the API show about one cooperation body, read in one transaction. */
@Service
@Transactional(readOnly = true)
public class BodyOverviews {

    public enum Status {
        CURRENT, UPCOMING, ENDED;

        static Status of(BodyMember member, LocalDate day) {
            return member.activeOn(day) ? CURRENT : member.from().isAfter(day) ? UPCOMING : ENDED;
        }

        public String messageKey() {
            return "organisations.status." + name();
        }
    }

    public record MemberLine(BodyMember member, Coded<Organisation> organisation, Status status) {
    }

    /** A turn of the rotating chair with the person who represents its organisation then, when known. */
    public record ScheduledTurn(ChairTerm term, Coded<Organisation> organisation, BodyMember representative, Status status) {
    }

    public record BodyOverview(Coded<Body> body, Coded<Organisation> secretariat, List<MemberLine> members,
            ChairRotation rotation, List<Coded<Organisation>> rotationOrder, List<ScheduledTurn> schedule,
            List<MemberLine> chairHistory, List<AgreementLine> agreements, LocalDate day) {

        public List<MemberLine> currentMembers() {
            return members.stream().filter(m -> m.status() == Status.CURRENT).toList();
        }

        public List<MemberLine> otherTerms() {
            return members.stream().filter(m -> m.status() != Status.CURRENT)
                    .sorted(Comparator.comparing((MemberLine m) -> m.member().from()).reversed()).toList();
        }
    }

    public record AgreementLine(CooperationAgreement agreement, List<Coded<Organisation>> parties,
            List<SignatoryLine> signatories) {
    }

    public record SignatoryLine(CooperationAgreement.Signatory signatory, Coded<Organisation> organisation) {
    }

    private final BodyRepository bodies;
    private final OrganisationRepository organisations;

    BodyOverviews(BodyRepository bodies, OrganisationRepository organisations) {
        this.bodies = bodies;
        this.organisations = organisations;
    }

    public Optional<BodyOverview> find(long id, LocalDate day) {
        return bodies.find(id).map(body -> overview(body, day));
    }

    private BodyOverview overview(Coded<Body> body, LocalDate day) {
        long id = body.value().id();
        List<BodyMember> members = bodies.listMembers(id);
        Optional<ChairRotation> rotation = bodies.findRotation(id);
        List<CooperationAgreement> agreements = bodies.listAgreementsSteeredBy(id);

        Set<Long> needed = new HashSet<>();
        if (body.value().secretariatOrganisationId() != null) {
            needed.add(body.value().secretariatOrganisationId());
        }
        members.forEach(m -> needed.add(m.organisationId()));
        rotation.ifPresent(r -> needed.addAll(r.organisationIds()));
        agreements.forEach(a -> {
            needed.addAll(a.partyOrganisationIds());
            a.signatories().forEach(s -> needed.add(s.organisationId()));
        });
        Map<Long, Coded<Organisation>> named = organisations.findAll(needed);

        List<MemberLine> lines = members.stream()
                .map(m -> new MemberLine(m, named.get(m.organisationId()), Status.of(m, day))).toList();
        List<ScheduledTurn> schedule = rotation.map(r -> r.scheduleAround(day).stream()
                .map(term -> new ScheduledTurn(term, named.get(term.organisationId()), representative(term, members),
                        term.covers(day) ? Status.CURRENT : term.from().isAfter(day) ? Status.UPCOMING : Status.ENDED))
                .toList()).orElse(List.of());
        List<MemberLine> chairs = lines.stream().filter(l -> l.member().position() == Position.CHAIR)
                .sorted(Comparator.comparing((MemberLine l) -> l.member().from())).toList();
        return new BodyOverview(body, body.value().secretariatOrganisationId() == null ? null
                : named.get(body.value().secretariatOrganisationId()), lines, rotation.orElse(null),
                rotation.map(r -> r.organisationIds().stream().map(named::get).toList()).orElse(List.of()),
                schedule, chairs, agreements.stream().map(a -> new AgreementLine(a,
                        a.partyOrganisationIds().stream().map(named::get).toList(),
                        a.signatories().stream().map(s -> new SignatoryLine(s, named.get(s.organisationId()))).toList()))
                        .toList(), day);
    }

    /**
     * Who represents the turn's organisation in the body during the turn: a member of that organisation whose term
     * shares a day with the turn; the one recorded as chair first, then the one seated when the turn starts, then by
     * position. Null when nobody represents it then.
     */
    static BodyMember representative(ChairTerm turn, List<BodyMember> members) {
        return members.stream()
                .filter(m -> m.organisationId() == turn.organisationId() && m.term().overlaps(turn.term()))
                .min(Comparator.comparing((BodyMember m) -> m.position() == Position.CHAIR ? 0 : 1)
                        .thenComparing(m -> m.activeOn(turn.from()) ? 0 : 1)
                        .thenComparing(BodyMember::position)
                        .thenComparing(BodyMember::from, Comparator.reverseOrder()))
                .orElse(null);
    }
}
