package org.regiosim.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;

import org.junit.jupiter.api.Test;

/** Dependencies point inwards: the model is headless and pure. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.regiosim");

    @Test
    void modelDependsOnNothingAroundIt() {
        noClasses().that().resideInAPackage("org.regiosim.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.regiosim.scenario..", "org.regiosim.experiment..",
                        "org.regiosim.output..", "org.regiosim.gui..", "org.regiosim.cli..")
                .check(classes);
    }

    @Test
    void modelHasNoSwingNoFilesNoConsole() {
        noClasses().that().resideInAPackage("org.regiosim.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..", "java.nio.file..",
                        "sim.display..", "sim.portrayal..", "org.jfree..")
                .check(classes);
        noClasses().that().resideInAPackage("org.regiosim.model..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS).check(classes);
        noClasses().that().resideInAPackage("org.regiosim.model..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileWriter")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .check(classes);
    }

    @Test
    void modelDrawsNoRandomnessOutsideMason() {
        noClasses().that().resideInAPackage("org.regiosim.model..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
                .orShould().callMethod(Math.class, "random")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
                .check(classes);
    }
}
