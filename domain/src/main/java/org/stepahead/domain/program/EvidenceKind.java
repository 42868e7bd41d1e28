package org.stepahead.domain.program;

/** What proves a result: a material, a document, or an event that took place. */
public enum EvidenceKind {
    MATERIAL,
    DOCUMENT,
    EVENT
}
