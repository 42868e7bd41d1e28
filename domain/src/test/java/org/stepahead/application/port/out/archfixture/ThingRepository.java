package org.stepahead.application.port.out.archfixture;

/** Architecture fixture: an outgoing port. */
public interface ThingRepository {

    void save(String id, String name);

    int size();
}
