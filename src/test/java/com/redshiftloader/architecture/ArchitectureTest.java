package com.redshiftloader.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of house-style.md: the domain in the middle, UI and infrastructure at the edges, app wires. */
@AnalyzeClasses(packages = "com.redshiftloader", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPureJava = noClasses()
            .that()
            .resideInAPackage("com.redshiftloader.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "javafx..",
                    "java.sql..",
                    "javax.sql..",
                    "software.amazon..",
                    "com.amazon..",
                    "org.postgresql..",
                    "com.opencsv..",
                    "com.fasterxml..",
                    "com.redshiftloader.ui..",
                    "com.redshiftloader.infra..",
                    "com.redshiftloader.cli..",
                    "com.redshiftloader.app..")
            .because("the domain is plain Java that the GUI, the CLI and the tests share");

    @ArchTest
    static final ArchRule logicDoesNotUseTheGui = noClasses()
            .that()
            .resideInAnyPackage("com.redshiftloader.domain..", "com.redshiftloader.infra..", "com.redshiftloader.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "com.redshiftloader.ui..", "org.controlsfx..", "atlantafx..")
            .because("only the ui layer may use JavaFX, so that the command line runs without it");

    @ArchTest
    static final ArchRule uiDoesNotReachIntoInfrastructure = noClasses()
            .that()
            .resideInAPackage("com.redshiftloader.ui..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.redshiftloader.infra..",
                    "com.redshiftloader.cli..",
                    "com.redshiftloader.app..",
                    "java.sql..",
                    "software.amazon..")
            .because("the ui talks to the domain; the app wires the adapters in");

    @ArchTest
    static final ArchRule infrastructureDoesNotKnowItsCallers = noClasses()
            .that()
            .resideInAPackage("com.redshiftloader.infra..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.redshiftloader.cli..", "com.redshiftloader.app..")
            .because("adapters implement domain ports and know nothing of who calls them");

    @ArchTest
    static final ArchRule onlyTheAppWiresEverything = noClasses()
            .that()
            .resideOutsideOfPackage("com.redshiftloader.app..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.redshiftloader.app..")
            .because("app is the composition root");

    @ArchTest
    static final ArchRule onlyTheShellKnowsTheShell = noClasses()
            .that()
            .resideInAPackage("com.redshiftloader.ui..")
            .and()
            .resideOutsideOfPackage("com.redshiftloader.ui.shell..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.redshiftloader.ui.shell..")
            .because("the shell holds the steps, never the other way: what several steps share lives in ui.common");

    @ArchTest
    static final ArchRule viewModelsTouchNoNode = noClasses()
            .that()
            .haveNameMatching(".*ViewModel(\\$.*)?")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("a ViewModel holds state as properties and is tested without a window; its controller or view"
                    + " holds the nodes");
}
