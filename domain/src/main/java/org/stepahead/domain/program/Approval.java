package org.stepahead.domain.program;

import java.time.LocalDate;
import java.util.List;
import org.jmolecules.ddd.types.ValueObject;
import org.stepahead.domain.shared.DocumentRef;
import org.stepahead.domain.shared.Official;
import org.stepahead.domain.shared.Texts;

/**
 * Value: who approved a program (утверждаю), on which day, by which order (when there is one), and who agreed it
 * (согласовано).
 */
public record Approval(Official approvedBy, LocalDate approvedOn, DocumentRef order, List<Official> agreedBy)
        implements ValueObject {

    public Approval {
        Texts.present(approvedBy, "approval.approvedBy");
        Texts.present(approvedOn, "approval.approvedOn");
        agreedBy = Texts.listOf(agreedBy, "approval.agreedBy");
    }
}
