package fi.turvaverkko.plans;

/** Where an indicator's actual values come from: entered by hand, or counted from the signals. */
public enum IndicatorSource {
    MANUAL, SIGNALS
}
