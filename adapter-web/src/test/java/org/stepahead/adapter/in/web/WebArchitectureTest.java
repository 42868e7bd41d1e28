package org.stepahead.adapter.in.web;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.stepahead.architecture.ArchitectureRules;
import org.stepahead.architecture.OnlyThisModulesProductionClasses;

@AnalyzeClasses(
        packages = "org.stepahead",
        importOptions = {OnlyThisModulesProductionClasses.class, ImportOption.DoNotIncludeTests.class})
class WebArchitectureTest {

    @ArchTest
    static final ArchRule webAdapterRules = ArchitectureRules.WEB_ADAPTER;
}
