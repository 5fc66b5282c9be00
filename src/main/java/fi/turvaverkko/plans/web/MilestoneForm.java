package fi.turvaverkko.plans.web;

import java.io.Serializable;

import fi.turvaverkko.plans.Commands.MilestoneInput;

/** A milestone of an action: what and by when. */
record MilestoneForm(String title, String dueOn) implements Serializable {

    MilestoneInput toInput() {
        return new MilestoneInput(FormValues.text(title), FormValues.date("dueOn", dueOn));
    }
}
