package org.stepahead.application.port.in.archfixture;

/** Architecture fixture: a second incoming port. */
public interface CountThingsUseCase {

    int count();
}
