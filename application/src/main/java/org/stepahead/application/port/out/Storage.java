package org.stepahead.application.port.out;

/** Outgoing port: an open storage that hands out the repositories and the unit of work over one database. */
public interface Storage extends AutoCloseable {

  OrganizationRepository organizations();

  EducatorRepository educators();

  CommunityRepository communities();

  MembershipRepository memberships();

  ProgramRepository programs();

  EventRepository events();

  UserAccountRepository accounts();

  UnitOfWork unitOfWork();

  /** A short description for people ("memory", "H2 file /home/…/stepahead", "PostgreSQL db:5432/stepahead"). */
  String description();

  @Override
  void close();
}
