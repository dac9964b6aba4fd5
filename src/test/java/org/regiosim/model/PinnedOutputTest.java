package org.regiosim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.regiosim.TestRegions;
import org.regiosim.model.params.ParameterSchema;
import org.regiosim.model.params.Parameters;
import org.regiosim.output.TimeseriesWriter;

/**
 * Pins the exact output of a small seeded run with every policy arm active, so that a change meant
 * to be an optimisation cannot silently change the model. If a change of the model is intended,
 * update {@link #EXPECTED} and say so in the commit message.
 */
class PinnedOutputTest {

    static final String EXPECTED = "3c43175d852bbcece8d813a61e01f255f1c5106c6aa0663dae9f5707ef7740ef";

    @Test
    void smallSeededRunIsUnchanged() throws Exception {
        Parameters p = TestRegions.small(0.01).with(ParameterSchema.POLICY,
                "brokerage=0.2,cofunding=0.2,trust_building=0.2,smart_specialisation=0.2,platform=0.2");
        RegioSim sim = TestRegions.run(p, 42, 24);
        StringBuilder csv = new StringBuilder(TimeseriesWriter.header()).append('\n');
        for (StepMetrics m : sim.history()) {
            csv.append(m.step()).append(',').append(TimeseriesWriter.values(m)).append('\n');
        }
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(HexFormat.of().formatHex(digest)).as("SHA-256 of the pinned run's timeseries").isEqualTo(EXPECTED);
    }
}
