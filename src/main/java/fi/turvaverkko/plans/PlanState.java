package fi.turvaverkko.plans;

/** A plan is drafted, approved by its owner body (with the decision's reference), in force, and ended. */
public enum PlanState {
    DRAFT, APPROVED, IN_FORCE, ENDED;

    /** Whether a plan may move from this state to {@code next}. */
    public boolean mayBecome(PlanState next) {
        return switch (this) {
            case DRAFT -> next == APPROVED;
            case APPROVED -> next == IN_FORCE || next == DRAFT;
            case IN_FORCE -> next == ENDED;
            case ENDED -> false;
        };
    }
}
