package fi.turvaverkko.plans.web;

import java.io.Serializable;

import fi.turvaverkko.plans.ActionState;
import fi.turvaverkko.plans.Commands.ProgressInput;

/** A progress report as the form sends it: the period by its code (2026-Q3), the state, progress in per cent, narrative, next steps. */
record ProgressForm(String period, String state, String progress, String narrative, String nextSteps) implements Serializable {

    ProgressInput toInput() {
        return new ProgressInput(FormValues.text(period), FormValues.choice(ActionState.class, "state", state),
                FormValues.integer("progress", progress), FormValues.text(narrative), FormValues.text(nextSteps));
    }
}
