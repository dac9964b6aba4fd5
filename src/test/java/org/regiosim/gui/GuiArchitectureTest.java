package org.regiosim.gui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The model stays headless and pure: the GUI depends on it, never the other way round. */
class GuiArchitectureTest {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.regiosim");

    @Test
    void theModelKnowsNothingOfTheGuiSwingOrAwt() {
        noClasses().that().resideInAPackage("org.regiosim.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.regiosim.gui..", "javax.swing..", "java.awt..",
                        "sim.display..", "sim.portrayal..", "org.jfree..")
                .check(MAIN);
    }

    @Test
    void onlyTheGuiCommandReachesIntoTheGui() {
        noClasses().that().resideOutsideOfPackages("org.regiosim.gui..", "org.regiosim.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.regiosim.gui..")
                .check(MAIN);
    }
}
