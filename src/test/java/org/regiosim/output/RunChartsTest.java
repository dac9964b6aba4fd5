package org.regiosim.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A chart saved alone says what it covers: euros and counts at scale 0.05 are not the region's. */
class RunChartsTest {

    @Test
    void theSubtitleNamesScenarioSeedAndTheShareOfTheRegion() {
        assertThat(RunCharts.subtitle("ruhr-baseline", 1, 0.05)).isEqualTo("ruhr-baseline, seed 1, scale 0.05: 5% of the region's firms");
        assertThat(RunCharts.scaleNote(1.0)).isEqualTo("scale 1: the whole region");
        assertThat(RunCharts.scaleNote(2.0)).isEqualTo("scale 2: 200% of the region's firms");
        assertThat(RunCharts.scaleNote(0.001)).isEqualTo("scale 0.001: 0.1% of the region's firms");
    }
}
