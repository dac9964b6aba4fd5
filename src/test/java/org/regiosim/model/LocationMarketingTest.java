package org.regiosim.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regiosim.TestRegions;
import org.regiosim.model.params.ParameterSchema;
import org.regiosim.model.params.Parameters;

/** Municipalities make the pie of start-ups together and divide it in competition (ODD 7.6). */
class LocationMarketingTest {

    /** Start-ups over 8 quarters with the given campaigns held fixed: per municipality, then the region's total last. */
    private static int[] startups(double soloMultiplier, boolean firstSolo, boolean secondAndThirdJoint) {
        Parameters p = TestRegions.small(0.05).with(ParameterSchema.SOLO_MULTIPLIER, soloMultiplier);
        RegioSim sim = new RegioSim(5, p, TestRegions.ruhr());
        sim.start();
        Municipality[] ms = sim.municipalityArray();
        for (Municipality m : ms) {
            m.project = null;
            m.startupsAttracted = 0;
        }
        if (firstSolo) {
            ms[0].project = new Project(ms[0], null, 0, 100, false);
        }
        if (secondAndThirdJoint) {
            Project joint = new Project(ms[1], ms[2], 0, 100, true);
            ms[1].project = joint;
            ms[2].project = joint;
        }
        for (int q = 0; q < 8; q++) {
            sim.demography.step(sim);
        }
        int[] counts = new int[ms.length + 1];
        for (int i = 0; i < ms.length; i++) {
            counts[i] = ms[i].startupsAttracted;
            counts[ms.length] += counts[i];
        }
        return counts;
    }

    @Test
    void soloAcquisitionTakesStartupsFromTheOthersWithoutAddingToTheRegion() {
        int[] none = startups(3.0, false, false);
        int[] solo = startups(3.0, true, false);
        int region = none.length - 1;
        assertThat(solo[0]).isGreaterThan(2 * none[0]);
        assertThat(solo[3]).isLessThan(none[3]);
        // the same pie (up to the fractions carried between quarters)
        assertThat(Math.abs(solo[region] - none[region])).isLessThanOrEqualTo(none.length);
        // with the default multiplier a solo campaign wins nothing from the others
        assertThat(startups(1.0, true, false)).containsExactly(startups(1.0, false, false));
    }

    @Test
    void jointMarketingMakesThePieBiggerForEveryone() {
        int[] none = startups(1.0, false, false);
        int[] joint = startups(1.0, false, true);
        int region = none.length - 1;
        assertThat(joint[region]).isGreaterThan(none[region]);
        assertThat(joint[1]).isGreaterThan(none[1]);
        // a bystander's share is smaller, but of a bigger pie: it keeps what it had
        assertThat(joint[3]).isGreaterThanOrEqualTo(none[3] - 1);
    }
}
