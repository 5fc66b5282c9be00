package fi.turvaverkko.organisations.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import fi.turvaverkko.areas.Area;
import fi.turvaverkko.areas.Areas;
import fi.turvaverkko.organisations.BodyType;
import fi.turvaverkko.organisations.ChairRotation;
import fi.turvaverkko.organisations.Person;
import fi.turvaverkko.organisations.Position;
import fi.turvaverkko.platform.InvalidInput;
import fi.turvaverkko.platform.NotFound;

/**
 * Every check of a cooperation body before anything is stored: the fields one by one (each problem reported with the
 * field it concerns), then the members taken together ({@link Roster}) and the rotating chair. All problems are
 * reported at once, so that a form can show each next to its field.
 */
@Component
class BodyRules {

    static final int MAX_NAME = 200;
    static final int MAX_PURPOSE = 4000;
    static final String CODE_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    private static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private final OrganisationRepository organisations;
    private final Areas areas;

    BodyRules(OrganisationRepository organisations, Areas areas) {
        this.organisations = organisations;
        this.areas = areas;
    }

    /**
     * The body as a draft to store, or {@link BodyRulesBroken} with every problem. {@code storedMemberIds}: the ids of
     * the body's stored terms when it is being edited (a changed term names one of them), empty for a new body.
     */
    BodyDraft check(BodyInput input, Set<Long> storedMemberIds) {
        List<Violation> violations = new ArrayList<>();
        String code = blankToNull(input.code());
        if (code != null && (code.length() > 64 || !code.matches(CODE_PATTERN))) {
            violations.add(Violation.of("code", "organisations.error.code",
                    "A code is lower-case letters a–z, digits and single hyphens, at most 64 characters; got '" + code + "'."));
        }
        BodyType type = null;
        if (blankToNull(input.type()) == null) {
            violations.add(Violation.of("type", "organisations.error.type.required", "Choose the type of the body."));
        } else {
            type = Arrays.stream(BodyType.values()).filter(t -> t.name().equals(input.type().trim().toUpperCase(Locale.ROOT)))
                    .findFirst().orElse(null);
            if (type == null) {
                violations.add(Violation.of("type", "organisations.error.type.unknown", "type must be one of "
                        + Arrays.toString(BodyType.values()) + "; got '" + input.type() + "'."));
            }
        }
        String nameFi = blankToNull(input.nameFi());
        if (nameFi == null) {
            violations.add(Violation.of("nameFi", "organisations.error.nameFi.required", "The body needs a name in Finnish."));
        }
        checkLength(violations, "nameFi", nameFi, MAX_NAME);
        checkLength(violations, "nameSv", input.nameSv(), MAX_NAME);
        checkLength(violations, "nameEn", input.nameEn(), MAX_NAME);
        checkLength(violations, "purpose", input.purpose(), MAX_PURPOSE);

        String municipality = blankToNull(input.municipalityCode());
        String areaCode = blankToNull(input.areaCode());
        if (municipality != null && !municipalityExists(municipality)) {
            violations.add(Violation.of("municipalityCode", "organisations.error.municipality.unknown",
                    "There is no municipality with the code '" + municipality + "'.", municipality));
            municipality = null;
        }
        if (areaCode != null) {
            Area area = findArea(areaCode);
            if (area == null) {
                violations.add(Violation.of("areaCode", "organisations.error.area.unknown",
                        "There is no current area with the code '" + areaCode + "'.", areaCode));
            } else if (municipality != null && !municipality.equals(area.municipalityCode())) {
                violations.add(Violation.of("areaCode", "organisations.error.area.otherMunicipality",
                        "The area " + areaCode + " is not in the municipality " + municipality + ".", areaCode, municipality));
            } else {
                municipality = area.municipalityCode();
            }
        } else if (municipality == null && blankToNull(input.municipalityCode()) == null) {
            violations.add(Violation.of("municipalityCode", "organisations.error.place.required",
                    "Give the municipality or the area the body works in."));
        }
        Long secretariat = input.secretariatOrganisationId();
        if (secretariat != null && !organisations.exists(secretariat)) {
            violations.add(Violation.of("secretariatOrganisationId", "organisations.error.organisation.unknown",
                    "There is no organisation with the id " + secretariat + ".", secretariat));
        }

        List<MemberDraft> members = new ArrayList<>();
        List<Roster.Seat> seats = new ArrayList<>();
        for (int i = 0; i < input.members().size(); i++) {
            String prefix = "members[" + i + "]";
            var member = input.members().get(i);
            if (member == null) {
                violations.add(Violation.of(prefix, "organisations.error.member.empty", "A member cannot be empty."));
                continue;
            }
            if (member.id() != null && !storedMemberIds.contains(member.id())) {
                violations.add(Violation.of(prefix + ".id", "organisations.error.member.unknown",
                        "The body has no member term with the id " + member.id() + ".", member.id()));
                continue;
            }
            MemberDraft draft = checkMember(member, prefix, violations);
            if (draft != null) {
                members.add(draft);
                seats.add(new Roster.Seat(prefix, draft.personId(), draft.personName(), draft.position(), draft.term()));
            }
        }
        violations.addAll(Roster.check(seats));

        ChairRotation rotation = null;
        if (input.chairRotation() != null) {
            rotation = checkRotation(input.chairRotation(), violations);
            if (input.members().isEmpty()) {
                violations.add(Violation.of("members", "organisations.error.rotation.noMembers",
                        "A rotating chair needs members: add the people who represent the organisations in the body."));
            }
        }
        if (!violations.isEmpty()) {
            throw new BodyRulesBroken(violations);
        }
        return new BodyDraft(code, type, nameFi, blankToNull(input.nameSv()), blankToNull(input.nameEn()),
                blankToNull(input.purpose()), municipality, areaCode, secretariat, members, rotation);
    }

    /**
     * One member's fields; null (with the problems added) when they do not make a term. {@code prefix}: how the request
     * names the member ("" for a member sent alone).
     */
    MemberDraft checkMember(BodyInput.MemberInput member, String prefix, List<Violation> violations) {
        int before = violations.size();
        Person person = null;
        if (member.personId() == null) {
            violations.add(Violation.of(field(prefix, "personId"), "organisations.error.person.required", "Choose the person."));
        } else {
            person = organisations.findPerson(member.personId()).orElse(null);
            if (person == null) {
                violations.add(Violation.of(field(prefix, "personId"), "organisations.error.person.unknown",
                        "There is no person with the id " + member.personId() + ".", member.personId()));
            }
        }
        if (member.organisationId() == null) {
            violations.add(Violation.of(field(prefix, "organisationId"), "organisations.error.represents.required",
                    "Choose the organisation the person represents."));
        } else if (!organisations.exists(member.organisationId())) {
            violations.add(Violation.of(field(prefix, "organisationId"), "organisations.error.organisation.unknown",
                    "There is no organisation with the id " + member.organisationId() + ".", member.organisationId()));
        }
        Position position = null;
        if (blankToNull(member.position()) == null) {
            violations.add(Violation.of(field(prefix, "position"), "organisations.error.position.required", "Choose the position."));
        } else {
            position = Position.find(member.position()).orElse(null);
            if (position == null) {
                violations.add(Violation.of(field(prefix, "position"), "organisations.error.position.unknown",
                        "position must be one of " + Arrays.toString(Position.values()) + "; got '" + member.position() + "'."));
            }
        }
        LocalDate from = date(member.from(), field(prefix, "from"), true, violations);
        LocalDate to = date(member.to(), field(prefix, "to"), false, violations);
        if (from != null && to != null && to.isBefore(from)) {
            violations.add(Violation.of(field(prefix, "to"), "organisations.error.term.endsBeforeStart",
                    "A term cannot end (" + to + ") before it starts (" + from + ").", from, to));
        }
        if (violations.size() > before) {
            return null;
        }
        return new MemberDraft(member.id(), person.id(), person.fullName(), member.organisationId(), position, from, to);
    }

    private ChairRotation checkRotation(BodyInput.RotationInput rotation, List<Violation> violations) {
        int before = violations.size();
        List<Long> order = rotation.organisationIds().stream().filter(id -> id != null).toList();
        if (order.size() < ChairRotation.MIN_ORGANISATIONS) {
            violations.add(Violation.of("chairRotation.organisationIds", "organisations.error.rotation.tooFew",
                    "A rotating chair needs at least " + ChairRotation.MIN_ORGANISATIONS + " organisations to take turns; got "
                            + order.size() + ".", ChairRotation.MIN_ORGANISATIONS));
        } else if (new HashSet<>(order).size() != order.size()) {
            violations.add(Violation.of("chairRotation.organisationIds", "organisations.error.rotation.duplicate",
                    "Each organisation takes its turn once in a round: "
                            + order.stream().map(String::valueOf).collect(Collectors.joining(", ")) + " repeats one."));
        } else {
            order.stream().filter(id -> !organisations.exists(id)).findFirst().ifPresent(id -> violations.add(Violation.of(
                    "chairRotation.organisationIds", "organisations.error.organisation.unknown",
                    "There is no organisation with the id " + id + ".", id)));
        }
        Integer months = rotation.termMonths();
        if (months == null || months < 1 || months > ChairRotation.MAX_TERM_MONTHS) {
            violations.add(Violation.of("chairRotation.termMonths", "organisations.error.rotation.termMonths",
                    "A chair's turn is 1 to " + ChairRotation.MAX_TERM_MONTHS + " months; got " + months + ".",
                    ChairRotation.MAX_TERM_MONTHS));
        }
        LocalDate startsOn = date(rotation.startsOn(), "chairRotation.startsOn", true, violations);
        if (violations.size() > before) {
            return null;
        }
        return new ChairRotation(order, months, startsOn);
    }

    private boolean municipalityExists(String code) {
        if (!code.matches("[0-9]{3}")) {
            return false;
        }
        try {
            areas.getMunicipality(code);
            return true;
        } catch (NotFound e) {
            return false;
        }
    }

    private Area findArea(String code) {
        try {
            return areas.findArea(code).orElse(null);
        } catch (InvalidInput malformed) {
            return null;
        }
    }

    /** A date as yyyy-mm-dd (what a date field sends) or as d.m.yyyy (what a person types). */
    static LocalDate date(String value, String field, boolean required, List<Violation> violations) {
        String text = blankToNull(value);
        if (text == null) {
            if (required) {
                violations.add(Violation.of(field, "organisations.error.date.required", "The date is required."));
            }
            return null;
        }
        try {
            return text.contains(".") ? LocalDate.parse(text, FINNISH_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            violations.add(Violation.of(field, "organisations.error.date.invalid",
                    "A date is yyyy-mm-dd (or d.m.yyyy); got '" + text + "'.", text));
            return null;
        }
    }

    /** A code for a new body, made from its name: "Itäisen suurpiirin verkosto" → "itaisen-suurpiirin-verkosto". */
    static String slug(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (plain.length() > 56) {
            plain = plain.substring(0, 56).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? "body" : plain;
    }

    private static void checkLength(List<Violation> violations, String field, String value, int max) {
        if (value != null && value.length() > max) {
            violations.add(Violation.of(field, "organisations.error.tooLong",
                    field + " is at most " + max + " characters; got " + value.length() + ".", max));
        }
    }

    private static String field(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
