package fi.turvaverkko.organisations.internal;

import java.util.List;

import fi.turvaverkko.platform.InvalidInput;

/** A cooperation body or member that breaks one or more rules; nothing was saved. Answered with 400 and every problem. */
public class BodyRulesBroken extends InvalidInput {

    private final List<Violation> violations;

    public BodyRulesBroken(List<Violation> violations) {
        super(violations.getFirst().field(), violations.size() == 1 ? violations.getFirst().message()
                : violations.getFirst().message() + " (and " + (violations.size() - 1) + " more problems)");
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
