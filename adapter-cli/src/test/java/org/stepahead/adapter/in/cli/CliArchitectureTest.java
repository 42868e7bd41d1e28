package org.stepahead.adapter.in.cli;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.stepahead.architecture.ArchitectureRules;
import org.stepahead.architecture.OnlyThisModulesProductionClasses;

/** The architecture rules of the CLI adapter, run on its own production classes. */
@AnalyzeClasses(
        packages = "org.stepahead",
        importOptions = {OnlyThisModulesProductionClasses.class, ImportOption.DoNotIncludeTests.class})
class CliArchitectureTest {

    @ArchTest
    static final ArchRule cliAdapterRules = ArchitectureRules.CLI_ADAPTER;
}
