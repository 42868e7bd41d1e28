package org.stepahead.application.port.in.archfixture;

/** Architecture fixture: an incoming port interface whose name does not end with UseCase. */
public interface ThingRegistration {

    String register(RegisterThingCommand command);
}
