package org.regiosim.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ProvenanceTest {

    @Test
    void gitCommitIsFoundInACheckoutOrWorktree() throws Exception {
        assumeTrue(Files.exists(Path.of(".git")), "not run inside a git checkout");
        Process p = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
        String expected = new String(p.getInputStream().readAllBytes()).trim();
        assumeTrue(p.waitFor() == 0 && expected.matches("[0-9a-f]{40}"), "git is not available");
        assertThat(Provenance.gitCommit()).isEqualTo(expected);
    }
}
