package fi.turvaverkko.plans.web;

import static fi.turvaverkko.plans.web.FormValues.choice;
import static fi.turvaverkko.plans.web.FormValues.date;
import static fi.turvaverkko.plans.web.FormValues.decimal;
import static fi.turvaverkko.plans.web.FormValues.text;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

import fi.turvaverkko.plans.Cadence;
import fi.turvaverkko.plans.Commands.IndicatorInput;
import fi.turvaverkko.plans.Direction;
import fi.turvaverkko.plans.IndicatorSource;

/**
 * An indicator as the form sends it. {@code target} is "plan", "focus-area-12" or "action-34": what it measures. For one
 * counted from signals: the phenomena, the area and the period of each value.
 */
record IndicatorForm(String target, String name, String nameSv, String nameEn, String unit, String direction,
        String baselineValue, String baselineDate, String targetValue, String targetDate, String source, List<String> phenomena,
        String areaCode, String period) implements Serializable {

    IndicatorForm {
        phenomena = FormValues.list(phenomena);
    }

    static IndicatorForm empty(String target) {
        return new IndicatorForm(target == null ? "plan" : target, null, null, null, null, Direction.LOWER.name(), null, null, null,
                null, IndicatorSource.MANUAL.name(), List.of(), null, Cadence.QUARTER.name());
    }

    IndicatorInput toInput(long planId) {
        Long focusArea = null;
        Long action = null;
        String chosen = target == null ? "plan" : target.strip();
        if (chosen.startsWith("focus-area-")) {
            focusArea = FormValues.id("target", chosen.substring("focus-area-".length()));
        } else if (chosen.startsWith("action-")) {
            action = FormValues.id("target", chosen.substring("action-".length()));
        }
        IndicatorSource chosenSource = choice(IndicatorSource.class, "source", source);
        return new IndicatorInput(planId, focusArea, action, text(name), text(nameSv), text(nameEn), text(unit),
                choice(Direction.class, "direction", direction), decimal("baselineValue", baselineValue), date("baselineDate", baselineDate),
                decimal("targetValue", targetValue), date("targetDate", targetDate), chosenSource,
                chosenSource == IndicatorSource.SIGNALS ? Set.copyOf(phenomena) : Set.of(),
                chosenSource == IndicatorSource.SIGNALS ? text(areaCode) : null,
                chosenSource == IndicatorSource.SIGNALS ? choice(Cadence.class, "period", period) : null);
    }

    public boolean counts(String phenomenon) {
        return phenomena.contains(phenomenon);
    }
}
