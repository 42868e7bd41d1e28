package org.stepahead.domain.community;

import java.util.List;
import org.jmolecules.ddd.types.ValueObject;
import org.stepahead.domain.shared.Texts;

/** Value: a direction of a community's activity ("Организационно-координирующее") and what it covers. */
public record WorkDirection(String title, List<String> items) implements ValueObject {

    public WorkDirection {
        title = Texts.required(title, "direction.title");
        items = Texts.listOf(items, "direction.items").stream()
                .map(i -> Texts.required(i, "direction.item"))
                .toList();
    }
}
