package fi.turvaverkko.plans;

/** The three levels of safety work, with other action programmes beside the city safety plan. */
public enum PlanLevel {
    /** The council's strategy programme for its term. */
    STRATEGIC,
    /** The city safety plan. */
    CITY,
    /** Another city-level action programme (e.g. for children and youth). */
    PROGRAMME,
    /** A plan for one area (a major district, a basic district, …). */
    AREA
}
