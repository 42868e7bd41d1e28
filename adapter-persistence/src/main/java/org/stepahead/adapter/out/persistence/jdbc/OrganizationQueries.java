package org.stepahead.adapter.out.persistence.jdbc;

import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Persistence adapter: the organization queries, declared as a JDBI SqlObject. */
interface OrganizationQueries {

    String COLUMNS = "id, version, name, short_name, kind, municipality, low_results, hard_social_conditions, name_key";

    @SqlQuery("select " + COLUMNS + " from organization where id in (<ids>)")
    List<OrganizationRow> findByIds(@BindList("ids") List<UUID> ids);

    @SqlQuery("select " + COLUMNS + " from organization order by name_key, id")
    List<OrganizationRow> findAll();
}
