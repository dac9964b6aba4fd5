package org.regiosim.cli;

import org.regiosim.scenario.Scenario;

/** Prints a scenario's notes (valid settings that are probably not what was meant) to standard error. */
final class Notes {

    private Notes() {
    }

    static void print(Scenario scenario) {
        for (String note : scenario.parameters().notes()) {
            System.err.println("regiosim: note: " + scenario.file() + ": " + note);
        }
    }
}
