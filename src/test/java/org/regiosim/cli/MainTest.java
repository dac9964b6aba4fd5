package org.regiosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

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
}
