package fi.turvaverkko.plans.web;

import java.io.Serializable;

/** A change of a plan's state; approving needs the owner body's decision reference. */
record PlanStateForm(String state, String decisionReference) implements Serializable {
}
