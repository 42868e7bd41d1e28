package org.stepahead.domain.shared;

import org.jmolecules.ddd.types.ValueObject;

/** Value: an official who signs a document: position and name as written ("Директор МБУДО «ЦВР»", "Е.Н. Филатова"). */
public record Official(String position, String name) implements ValueObject {

    public Official {
        position = Texts.required(position, "official.position");
        name = Texts.optional(name);
    }
}
