package org.regiosim.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.regiosim.TestRegions;
import org.regiosim.model.params.ParameterSchema;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class UniversityFieldsTest {

    /** Before, fields were drawn with replacement and about 31% of universities held fewer. */
    @Property(tries = 25)
    void everyUniversityHoldsAsManyDistinctFieldsAsAskedOrAllThereAre(
            @ForAll @IntRange(min = 1, max = 60) int fields, @ForAll @IntRange(min = 2, max = 20) int perMarket) {
        RegioSim sim = new RegioSim(3, TestRegions.small(0.001)
                .with(ParameterSchema.UNIVERSITY_FIELDS, (long) fields)
                .with(ParameterSchema.TECHNOLOGIES_PER_MARKET, (long) perMarket), TestRegions.ruhr());
        sim.start();
        int expected = Math.min(fields, perMarket * LeadMarket.count());
        for (University u : sim.universities()) {
            assertThat(u.knowledge().size()).as(u.name()).isEqualTo(expected);
        }
    }

    /**
     * A university keeps the firms of its running projects in mind (here, at default parameters:
     * all of them), whatever the scale. It
     * used to remember only firms.partner_memory (8) partners while running up to its capacity
     * (150 x scale) projects: at scale 0.3 it had forgotten the lead firm in 46% of its
     * cooperation-quarters, at 0.05 in none.
     */
    @net.jqwik.api.Example
    void aUniversityRemembersTheFirmsOfAllItsRunningProjects() {
        RegioSim sim = new RegioSim(4, TestRegions.small(0.3), TestRegions.ruhr());
        sim.start();
        int checked = 0;
        for (int q = 0; q < 24; q++) {
            sim.schedule.step(sim);
            for (Project c : sim.runningCooperations()) {
                if (c.partner() instanceof University u) {
                    assertThat(u.ties().indexOf(c.lead())).as("%s remembers %s in quarter %d", u, c.lead(), q)
                            .isGreaterThanOrEqualTo(0);
                    checked++;
                }
            }
        }
        assertThat(checked).as("university cooperation-quarters checked").isGreaterThan(1000);
    }
}
