package org.stepahead.adapter.out.persistence;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.stepahead.architecture.ArchitectureRules;
import org.stepahead.architecture.OnlyThisModulesProductionClasses;

@AnalyzeClasses(
        packages = "org.stepahead",
        importOptions = {OnlyThisModulesProductionClasses.class, ImportOption.DoNotIncludeTests.class})
class PersistenceArchitectureTest {

    @ArchTest
    static final ArchRule persistenceAdapterRules = ArchitectureRules.PERSISTENCE_ADAPTER;

    @ArchTest
    static final ArchRule calendarAdapterRules = ArchitectureRules.CALENDAR_ADAPTER;
}
