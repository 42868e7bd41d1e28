package org.stepahead.application;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.stepahead.architecture.ArchitectureRules;
import org.stepahead.architecture.OnlyThisModulesProductionClasses;

@AnalyzeClasses(
        packages = "org.stepahead",
        importOptions = {OnlyThisModulesProductionClasses.class, ImportOption.DoNotIncludeTests.class})
class ApplicationArchitectureTest {

    @ArchTest
    static final ArchRule applicationLayerRules = ArchitectureRules.APPLICATION_LAYER;
}
