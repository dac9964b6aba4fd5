package org.regiosim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemoryProbeTest {

    @Test
    void chaseVisitsEveryCacheLineOnceBeforeRepeating() {
        int[] next = MemoryProbe.cycle(1 << 20, 7); // 1 MiB: 16,384 lines of 64 bytes
        int lines = next.length / 16;
        assertThat(lines).isEqualTo(16_384);
        boolean[] seen = new boolean[lines];
        int p = 0;
        for (int i = 0; i < lines; i++) {
            assertThat(p % 16).as("reads land on the first int of a line").isZero();
            assertThat(seen[p / 16]).as("line %d visited twice within one cycle", p / 16).isFalse();
            seen[p / 16] = true;
            p = next[p];
        }
        assertThat(p).as("the chase returns to its start after visiting every line").isZero();
    }

    @Test
    void theChaseIsMeasuredNotOptimisedAway() throws InterruptedException {
        // Each read depends on the one before, so no processor does one in less than an L1 hit
        // (about 4 cycles, over 1 ns here); a chase the compiler had removed would report ~0.
        MemoryProbe.Result r = MemoryProbe.measure(1, 200_000);
        assertThat(r.workingSetMiB()).isEqualTo(1);
        assertThat(r.aloneNanos()).isGreaterThan(0.5).isFinite();
        assertThat(r.pairedNanos()).isGreaterThan(0.5).isFinite();
    }
}
