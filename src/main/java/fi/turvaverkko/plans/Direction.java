package fi.turvaverkko.plans;

/** Whether a lower or a higher value of an indicator is better. */
public enum Direction {
    LOWER, HIGHER
}
