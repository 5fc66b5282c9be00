package fi.turvaverkko.plans.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import fi.turvaverkko.access.Classification;
import fi.turvaverkko.areas.Areas;
import fi.turvaverkko.organisations.Body;
import fi.turvaverkko.organisations.Organisation;
import fi.turvaverkko.organisations.Organisations;
import fi.turvaverkko.plans.ActionState;
import fi.turvaverkko.plans.Commands.Sharing;
import fi.turvaverkko.platform.InvalidInput;
import fi.turvaverkko.signals.PersonalData;
import fi.turvaverkko.signals.Phenomena;

/**
 * The rules every plan, focus area, action, report and indicator passes, whichever way it comes in (page, API, CSV). Each
 * broken rule is an {@link InvalidInput} naming the field and a message key ({@code plans.invalid.*}) whose text pages
 * show in the reader's language.
 */
@Component
public class PlanRules {

    public static final int MAX_TITLE = 300;
    public static final int MAX_TEXT = 8000;
    public static final int MAX_COMMENT = 4000;
    public static final int MAX_GOALS = 20;

    private final Organisations organisations;
    private final Areas areas;
    private final Phenomena phenomena;

    PlanRules(Organisations organisations, Areas areas, Phenomena phenomena) {
        this.organisations = organisations;
        this.areas = areas;
        this.phenomena = phenomena;
    }

    public String title(String field, String value) {
        String title = trim(value);
        if (title == null) {
            throw new InvalidInput(field, "plans.invalid.title-missing", field + " is required.");
        }
        if (title.length() > MAX_TITLE) {
            throw new InvalidInput(field, "plans.invalid.title-long", field + " can be at most " + MAX_TITLE + " characters.", MAX_TITLE);
        }
        return title;
    }

    /** An optional translation of a title. */
    public String translation(String field, String value) {
        String title = trim(value);
        if (title != null && title.length() > MAX_TITLE) {
            throw new InvalidInput(field, "plans.invalid.title-long", field + " can be at most " + MAX_TITLE + " characters.", MAX_TITLE);
        }
        return title;
    }

    /** Free text: optional or required, at most {@code max} characters, and no personal data. */
    public String text(String field, String value, boolean required, int max) {
        String text = trim(value);
        if (text == null) {
            if (required) {
                throw new InvalidInput(field, "plans.invalid.text-missing", field + " is required.");
            }
            return null;
        }
        if (text.length() > max) {
            throw new InvalidInput(field, "plans.invalid.text-long", field + " can be at most " + max + " characters.", max);
        }
        PersonalData.find(text).ifPresent(kind -> {
            throw new InvalidInput(field, kind.messageKey(), field + " seems to contain " + kind.explanation()
                    + ". Plans and reports must not identify people: describe the work, not the person.");
        });
        return text;
    }

    public LocalDate required(String field, LocalDate day) {
        if (day == null) {
            throw new InvalidInput(field, "plans.invalid.date-missing", field + " is required (a date like 2026-03-31).");
        }
        return day;
    }

    public void period(String startField, LocalDate start, String endField, LocalDate end) {
        required(startField, start);
        required(endField, end);
        if (end.isBefore(start)) {
            throw new InvalidInput(endField, "plans.invalid.ends-before-starts",
                    "The end (" + end + ") is before the start (" + start + ").", end, start);
        }
        if (start.getYear() < 2000 || end.getYear() > 2100) {
            throw new InvalidInput(startField, "plans.invalid.date-range", "Dates must be between 2000 and 2100.");
        }
    }

    public int progress(Integer progress, ActionState state) {
        if (progress == null) {
            throw new InvalidInput("progress", "plans.invalid.progress-missing", "progress is required: a percentage from 0 to 100.");
        }
        if (progress < 0 || progress > 100) {
            throw new InvalidInput("progress", "plans.invalid.progress", "progress must be from 0 to 100 %, not " + progress + ".", progress);
        }
        if (state == ActionState.COMPLETED && progress != 100) {
            throw new InvalidInput("progress", "plans.invalid.completed-progress", "A completed action has progress 100 %.");
        }
        return progress;
    }

    public Integer budgetYear(Integer year) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw new InvalidInput("budgetYear", "plans.invalid.budget-year", "budgetYear must be a year between 2000 and 2100.", year);
        }
        return year;
    }

    public Organisation organisation(String field, String code, boolean required) {
        String value = trim(code);
        if (value == null) {
            if (required) {
                throw new InvalidInput(field, "plans.invalid.responsible-missing", "An action needs one responsible organisation.");
            }
            return null;
        }
        Organisation organisation = organisations.organisationsByCode().get(value);
        if (organisation == null) {
            throw new InvalidInput(field, "plans.invalid.organisation", "There is no organisation with the code " + value + ".", value);
        }
        return organisation;
    }

    public Set<Long> organisations(String field, Set<String> codes) {
        Map<String, Organisation> byCode = organisations.organisationsByCode();
        Set<Long> ids = new LinkedHashSet<>();
        for (String code : codes) {
            String value = trim(code);
            if (value == null) {
                continue;
            }
            Organisation organisation = byCode.get(value);
            if (organisation == null) {
                throw new InvalidInput(field, "plans.invalid.organisation", "There is no organisation with the code " + value + ".", value);
            }
            ids.add(organisation.id());
        }
        return ids;
    }

    public Body body(String field, String code) {
        String value = trim(code);
        if (value == null) {
            return null;
        }
        Body body = organisations.bodiesByCode().get(value);
        if (body == null) {
            throw new InvalidInput(field, "plans.invalid.body", "There is no cooperation body with the code " + value + ".", value);
        }
        return body;
    }

    /** The sharing list of a classified record: organisations and bodies by code. */
    public record Shares(Classification classification, Set<Long> organisations, Set<Long> bodies) {
    }

    public Shares sharing(Sharing sharing, boolean restrictedNeedsList) {
        if (sharing == null || sharing.classification() == null) {
            throw new InvalidInput("classification", "plans.invalid.classification", "classification is required: PUBLIC, INTERNAL or RESTRICTED.");
        }
        if (sharing.classification() != Classification.RESTRICTED) {
            return new Shares(sharing.classification(), Set.of(), Set.of());
        }
        Set<Long> orgs = organisations("sharedWith", sharing.organisations());
        Set<Long> bodies = new LinkedHashSet<>();
        Map<String, Body> byCode = organisations.bodiesByCode();
        for (String code : sharing.bodies()) {
            Body body = byCode.get(code.strip());
            if (body == null) {
                throw new InvalidInput("sharedWith", "plans.invalid.body", "There is no cooperation body with the code " + code + ".", code);
            }
            bodies.add(body.id());
        }
        if (restrictedNeedsList && orgs.isEmpty() && bodies.isEmpty()) {
            throw new InvalidInput("sharedWith", "plans.invalid.shared-with", "A RESTRICTED record needs a sharing list: at least one organisation or body.");
        }
        return new Shares(Classification.RESTRICTED, orgs, bodies);
    }

    public String area(String field, String code, boolean required) {
        String value = trim(code);
        if (value == null) {
            if (required) {
                throw new InvalidInput(field, "plans.invalid.area-missing", "An area plan needs its area.");
            }
            return null;
        }
        if (areas.findArea(value).isEmpty()) {
            throw new InvalidInput(field, "plans.invalid.area", "There is no current area " + value + ".", value);
        }
        return value;
    }

    public Set<String> areas(String field, Set<String> codes) {
        Set<String> result = new LinkedHashSet<>();
        for (String code : codes) {
            String value = area(field, code, false);
            if (value != null) {
                result.add(value);
            }
        }
        return result;
    }

    public String municipality(String code) {
        String value = trim(code);
        if (value == null) {
            return areas.defaultMunicipality().code();
        }
        try {
            return areas.getMunicipality(value).code();
        } catch (RuntimeException e) {
            throw new InvalidInput("municipality", "plans.invalid.municipality", "There is no municipality " + value + ".", value);
        }
    }

    public Set<String> phenomena(String field, Set<String> codes) {
        Set<String> result = new LinkedHashSet<>();
        for (String code : codes) {
            String value = trim(code);
            if (value == null) {
                continue;
            }
            if (phenomena.findPhenomenon(value).isEmpty()) {
                throw new InvalidInput(field, "plans.invalid.phenomenon", "There is no phenomenon with the code " + value + ".", value);
            }
            result.add(value);
        }
        return result;
    }

    public BigDecimal value(String field, BigDecimal value, boolean required) {
        if (value == null) {
            if (required) {
                throw new InvalidInput(field, "plans.invalid.value-missing", field + " is required.");
            }
            return null;
        }
        if (value.abs().compareTo(new BigDecimal("1e13")) >= 0) {
            throw new InvalidInput(field, "plans.invalid.value", field + " is too large.");
        }
        return value;
    }

    static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
