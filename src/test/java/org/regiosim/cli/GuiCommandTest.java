package org.regiosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.regiosim.scenario.InputException;

import picocli.CommandLine;

/** Bad input to 'regiosim gui' gives one clear message and exit code 2 (tests run headless). */
class GuiCommandTest {

    record Outcome(int code, String err) {
    }

    static Outcome run(String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            int code = Main.execute(args);
            return new Outcome(code, buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(old);
        }
    }

    @Test
    void aMissingScenarioIsAnInputError() {
        Outcome o = run("gui", "scenarios/no-such.yaml");
        assertThat(o.code()).isEqualTo(Main.EXIT_INPUT);
        assertThat(o.err()).contains("no-such.yaml: file not found").doesNotContain("Exception");
    }

    @Test
    void anUnknownPolicyToCompareIsAnInputError() {
        Outcome o = run("gui", "scenarios/ruhr-workshop.yaml", "--compare", "brokrage");
        assertThat(o.code()).isEqualTo(Main.EXIT_INPUT);
        assertThat(o.err()).contains("--compare brokrage: unknown policy 'brokrage'");
    }

    @Test
    void badFlagsAreInputErrors() {
        assertThat(run("gui", "--max-firms", "0").code()).isEqualTo(Main.EXIT_INPUT);
        assertThat(run("gui", "--quit-at-end").err()).contains("--quit-at-end needs --play");
        assertThat(run("gui", "--set", "scale=7").err()).contains("--set scale=7");
        assertThat(run("gui", "--no-such-flag").code()).isEqualTo(Main.EXIT_INPUT);
        assertThat(run("gui", "--steps", "0").err()).contains("--steps 0: value 0 is out of range").doesNotContain("--set");
        assertThat(run("gui", "--seed", "-1").err()).contains("--seed -1: value -1 is out of range").doesNotContain("--set");
        // --compare 'A;B' sets both policies: a --set policy would be overridden without a word
        Outcome both = run("gui", "scenarios/ruhr-workshop.yaml", "--set", "policy=brokerage", "--compare", "none;cofunding");
        assertThat(both.code()).isEqualTo(Main.EXIT_INPUT);
        assertThat(both.err()).contains("--set policy=brokerage: policy is also set by --compare none;cofunding");
        // with 'B' alone, --set policy chooses run A's policy: no conflict
        assertThat(run("gui", "scenarios/ruhr-workshop.yaml", "--set", "policy=brokerage", "--compare", "cofunding").err())
                .doesNotContain("also set by");
    }

    @Test
    void aFolderToSaveIntoThatCannotBeMadeIsAnInputErrorBeforeTheRun(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        java.nio.file.Path file = java.nio.file.Files.writeString(tmp.resolve("afile"), "x");
        Outcome o = run("gui", "--play", "--quit-at-end", "--save-at-end", file.resolve("x").toString());
        assertThat(o.code()).isEqualTo(Main.EXIT_INPUT);
        assertThat(o.err()).contains("--save-at-end " + file.resolve("x") + ": cannot create the directory")
                .doesNotContain("graphical display");
    }

    @Test
    void withoutADisplayItSaysHowToGetOne() {
        // surefire runs with java.awt.headless=true, like a server without DISPLAY
        Outcome o = run("gui", "scenarios/ruhr-workshop.yaml");
        assertThat(o.code()).isEqualTo(Main.EXIT_INPUT);
        assertThat(o.err()).contains("needs a graphical display").contains("xvfb-run");
    }

    @Test
    void compareTakesOnePolicyOrTwo() throws Exception {
        GuiCommand c = new GuiCommand();
        new CommandLine(c).parseArgs("--compare", "brokerage");
        assertThat(c.policies("none")).containsExactly("none", "brokerage");
        c = new GuiCommand();
        new CommandLine(c).parseArgs("--compare", "cofunding;brokerage=0.5,platform=0.5");
        assertThat(c.policies("none")).containsExactly("cofunding", "brokerage=0.5,platform=0.5");
        GuiCommand three = new GuiCommand();
        new CommandLine(three).parseArgs("--compare", "none;brokerage;platform");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> three.policies("none"))
                .isInstanceOf(InputException.class).hasMessageContaining("give one policy (B) or two (A;B)");
        assertThat(List.of(new GuiCommand().policies("trust_building"))).hasSize(1);
    }
}
