package org.regiosim.experiment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Dependencies point inwards (GUIDE section 4): experiment code never reaches out to output or cli. */
class LayeringTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.regiosim");

    @Test
    void experimentDoesNotDependOnOutputOrCli() {
        noClasses().that().resideInAPackage("org.regiosim.experiment..")
                .should().dependOnClassesThat().resideInAnyPackage("org.regiosim.output..", "org.regiosim.cli..", "java.awt..")
                .check(CLASSES);
    }

    @Test
    void outputDoesNotDependOnCli() {
        noClasses().that().resideInAPackage("org.regiosim.output..")
                .should().dependOnClassesThat().resideInAPackage("org.regiosim.cli..").check(CLASSES);
    }

    @Test
    void modelDoesNotDependOnExperimentsOrOutput() {
        noClasses().that().resideInAPackage("org.regiosim.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.regiosim.experiment..", "org.regiosim.output..",
                        "org.regiosim.cli..", "org.regiosim.scenario..")
                .check(CLASSES);
    }
}
