package com.redshiftloader.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package shape of docs/architecture.md: no package cycles, the three load paths independent of each other, what
 * they share knowing none of them, and the command line reaching the adapters only through the composition root.
 */
@AnalyzeClasses(packages = "com.redshiftloader", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageStructureTest {

    private static final String LOAD = "com.redshiftloader.infra.load";
    private static final String[] PATHS = {LOAD + ".insert..", LOAD + ".pgcopy..", LOAD + ".s3copy.."};

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("com.redshiftloader.(**)")
            .should()
            .beFreeOfCycles()
            .because("a package that needs one of its users cannot be read, tested or moved on its own");

    @ArchTest
    static final ArchRule insertUsesNoOtherPath = pathIsAlone(LOAD + ".insert..");

    @ArchTest
    static final ArchRule postgresCopyUsesNoOtherPath = pathIsAlone(LOAD + ".pgcopy..");

    @ArchTest
    static final ArchRule s3CopyUsesNoOtherPath = pathIsAlone(LOAD + ".s3copy..");

    @ArchTest
    static final ArchRule sharedLoadPackagesKnowNoPath = noClasses()
            .that()
            .resideInAnyPackage(LOAD + ".stage..", LOAD + ".convert..", LOAD + ".rejects..", LOAD + ".target..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(PATHS)
            .because("what the paths share serves all three; a path-specific need belongs in its path");

    @ArchTest
    static final ArchRule onlyTheRunChoosesAPath = noClasses()
            .that()
            .resideOutsideOfPackages(PATHS)
            .and()
            .resideOutsideOfPackages(LOAD, "com.redshiftloader.app..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(PATHS)
            .because("the run (infra.load) picks the path for a plan; nobody else names one");

    @ArchTest
    static final ArchRule cliReachesAdaptersOnlyThroughTheCompositionRoot = noClasses()
            .that()
            .resideInAPackage("com.redshiftloader.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.redshiftloader.infra..")
            .because("the command line talks to domain ports; app wires the adapters in");

    private static ArchRule pathIsAlone(String path) {
        String[] others =
                java.util.Arrays.stream(PATHS).filter(p -> !p.equals(path)).toArray(String[]::new);
        return noClasses()
                .that()
                .resideInAPackage(path)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(others)
                .because("each load path is read on its own: what two paths need lives in a shared package");
    }
}
