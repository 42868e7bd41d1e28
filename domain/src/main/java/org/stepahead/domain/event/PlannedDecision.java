package org.stepahead.domain.event;

import org.jmolecules.ddd.types.ValueObject;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.Texts;

/**
 * Value: a decision of the minutes (постановили) that became a plan item — agenda item {@code item} (from 1),
 * decision {@code decision} of it (from 1), now the activity {@code activityId} of program {@code programId}.
 */
public record PlannedDecision(int item, int decision, ProgramId programId, ActivityId activityId)
        implements ValueObject {

    public PlannedDecision {
        if (item < 1 || decision < 1) {
            throw new DomainRuleViolation("minutes.noSuchDecision", item, decision);
        }
        Texts.present(programId, "programId");
        Texts.present(activityId, "activityId");
    }

    /** Whether this is the given decision of the given agenda item. */
    public boolean is(int otherItem, int otherDecision) {
        return item == otherItem && decision == otherDecision;
    }
}
