package org.regiosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The command line as a whole: what every command shares. */
class MainTest {

    /** Standard output on a full disk: every write fails. */
    private static final class FullDisk extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }
    }

    @Test
    void aFailureToWriteStandardOutputIsAnErrorNotSuccess() throws Exception {
        for (String command : new String[] {"params", "metrics"}) {
            PrintStream oldOut = System.out;
            System.setOut(new PrintStream(new FullDisk(), true));
            int[] code = {0};
            String err;
            try {
                err = Stderr.of(() -> code[0] = Main.execute(command));
            } finally {
                System.setOut(oldOut);
            }
            assertThat(code[0]).as(command).isEqualTo(1);
            assertThat(err).as(command).contains("regiosim: cannot write to standard output").doesNotContain("Exception");
        }
    }

    @Test
    void aReaderThatStopsReadingEndsTheCommandQuietly() throws Exception {
        // As in 'regiosim params | head -1': the reader takes one line and closes the pipe.
        Process p = new ProcessBuilder(ChildJvm.command(List.of("params"))).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).startsWith("scale = ");
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
        assertThat(p.exitValue()).isEqualTo(Main.EXIT_READER_GONE);
    }

    @Test
    void aBadFlagGetsOneMessageNotTheWholeUsage() throws Exception {
        int[] code = {0};
        String err = Stderr.of(() -> code[0] = Main.execute("run", "--frobnicate", "scenarios/ruhr-baseline.yaml"));
        assertThat(code[0]).isEqualTo(2);
        assertThat(err).isEqualTo("regiosim: Unknown option: '--frobnicate'" + System.lineSeparator()
                + "'regiosim run --help' lists the options." + System.lineSeparator());
        // A value of the wrong kind is named in the user's terms, not Java's ("is not a long").
        err = Stderr.of(() -> code[0] = Main.execute("run", "scenarios/ruhr-baseline.yaml", "--seed", "abc"));
        assertThat(code[0]).isEqualTo(2);
        assertThat(err).startsWith("regiosim: Invalid value for option '--seed': 'abc' is not a whole number");
        err = Stderr.of(() -> code[0] = Main.execute("run", "scenarios/ruhr-baseline.yaml", "--steps", "99999999999"));
        assertThat(code[0]).isEqualTo(2);
        assertThat(err).contains("'99999999999' is out of range (larger than any value an option allows)")
                .doesNotContain("2147483647");
        // a whole number means a whole number (1e1 is accepted, as in scenarios)
        err = Stderr.of(() -> code[0] = Main.execute("run", "scenarios/ruhr-baseline.yaml", "--steps", "2.5"));
        assertThat(code[0]).isEqualTo(2);
        assertThat(err).contains("'2.5' is not a whole number");
        // an empty path is refused before any work (it crashed after the simulation, with part of the result written)
        err = Stderr.of(() -> code[0] = Main.execute("run", "scenarios/ruhr-baseline.yaml", "--out", ""));
        assertThat(code[0]).isEqualTo(2);
        assertThat(err).startsWith("regiosim: Invalid value for option '--out': an empty path");
        err = Stderr.of(() -> code[0] = Main.execute("sweep", "scenarios/experiments/ruhr-sobol.yaml", "--out", " "));
        assertThat(code[0]).isEqualTo(2);
        assertThat(err).contains("an empty path");
        // a parameter set twice on one command line is refused: the later would win without a word
        err = Stderr.of(() -> code[0] = Main.execute("run", "scenarios/ruhr-baseline.yaml", "--set", "steps=9", "--steps", "8"));
        assertThat(code[0]).isEqualTo(2);
        assertThat(err).contains("--set steps=9: steps is also set by --steps 8; give one of them");
        err = Stderr.of(() -> code[0] = Main.execute("run", "scenarios/ruhr-baseline.yaml", "--set", "scale=0.02",
                "--set", "scale=0.03"));
        assertThat(code[0]).isEqualTo(2);
        assertThat(err).contains("--set scale=0.03: scale is already set by --set scale=0.02; give it once");
        err = Stderr.of(() -> code[0] = Main.execute("compare", "scenarios/ruhr-baseline.yaml", "--policies", "none,brokerage",
                "--set", "policy=cofunding"));
        assertThat(code[0]).isEqualTo(2);
        assertThat(err).contains("--set policy=cofunding: policy is also set by --policies none,brokerage");
        err = Stderr.of(() -> code[0] = Main.execute("swep"));
        assertThat(code[0]).isEqualTo(2);
        assertThat(err).contains("'swep'").contains("Did you mean: regiosim sweep?").doesNotContain("Usage:");
    }
}
