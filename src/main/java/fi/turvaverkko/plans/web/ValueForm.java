package fi.turvaverkko.plans.web;

import java.io.Serializable;

import fi.turvaverkko.plans.Commands.ValueInput;

/** A hand-entered actual value of an indicator for a period (both days the same: a value on a day). */
record ValueForm(String periodStart, String periodEnd, String value, String note) implements Serializable {

    static ValueForm empty() {
        return new ValueForm(null, null, null, null);
    }

    ValueInput toInput() {
        var start = FormValues.date("periodStart", periodStart);
        var end = FormValues.date("periodEnd", periodEnd);
        return new ValueInput(start, end == null ? start : end, FormValues.decimal("value", value), FormValues.text(note));
    }
}
