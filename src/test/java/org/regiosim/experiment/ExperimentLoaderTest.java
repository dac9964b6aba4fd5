package org.regiosim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.regiosim.model.Metric;
import org.regiosim.model.params.ParameterSchema;
import org.regiosim.scenario.InputException;

class ExperimentLoaderTest {

    @TempDir
    Path tmp;

    static final String BASE = Path.of("scenarios/ruhr-baseline.yaml").toAbsolutePath().toString();

    Path write(String body) throws Exception {
        Path f = tmp.resolve("exp.yaml");
        Files.writeString(f, "scenario: " + BASE + "\n" + body);
        return f;
    }

    static Stream<Path> shipped() throws Exception {
        return Files.list(Path.of("scenarios/experiments")).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void shippedExperimentsLoad(Path file) throws Exception {
        ExperimentSpec spec = ExperimentLoader.load(file);
        assertThat(spec.runCount()).isPositive();
        assertThat(spec.outputs()).isNotEmpty();
    }

    @Test
    void sobolExampleHasFiveFactorsAndSaltelliSize() throws Exception {
        ExperimentSpec spec = ExperimentLoader.load(Path.of("scenarios/experiments/ruhr-sobol.yaml"));
        assertThat(spec.design().factors()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(spec.design().size()).isEqualTo(spec.design().samples() * (spec.design().factors().size() + 2));
        assertThat(spec.base().parameters().real(ParameterSchema.SCALE)).isEqualTo(0.02);
    }

    @Test
    void everyShippedExperimentLoads() throws Exception {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(Path.of("scenarios/experiments"))) {
            java.util.List<Path> yaml = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertThat(yaml).hasSizeGreaterThanOrEqualTo(4);
            for (Path f : yaml) {
                assertThat(ExperimentLoader.load(f).runCount()).as(f.toString()).isPositive();
            }
        }
    }

    @Test
    void fullFactorialTakesEveryCombinationWithLevels() throws Exception {
        ExperimentSpec spec = ExperimentLoader.load(write("""
                set: {scale: 0.01, steps: 4}
                replications: 2
                design: {type: full_factorial}
                parameters:
                  policy: [none, brokerage]
                  firms.project_duration: {min: 2, max: 6, levels: 3}
                metrics:
                  innovations: total
                  mean_trust: final
                """));
        assertThat(spec.design().size()).isEqualTo(6);
        assertThat(spec.runCount()).isEqualTo(12);
        assertThat(spec.design().point(0)).containsExactly("none", 2L);
        assertThat(spec.design().point(1)).containsExactly("none", 4L);
        assertThat(spec.design().point(5)).containsExactly("brokerage", 6L);
        assertThat(spec.outputs()).extracting(ExperimentSpec.Output::metric).containsExactly(Metric.INNOVATIONS, Metric.MEAN_TRUST);
        assertThat(spec.base().steps()).isEqualTo(4);
    }

    @Test
    void policyLevelsAreRecordedInTheirCanonicalForm() throws Exception {
        // As a run records its policy: the level and the run's parameters then say the same.
        ExperimentSpec spec = ExperimentLoader.load(write("""
                set: {scale: 0.01, steps: 4}
                design: {type: full_factorial}
                parameters:
                  policy: [' none ', 'cofunding, brokerage', brokerage=1]
                """));
        assertThat(spec.design().point(0)).containsExactly("none");
        assertThat(spec.design().point(1)).containsExactly("cofunding=0.5,brokerage=0.5");
        assertThat(spec.design().point(2)).containsExactly("brokerage");
    }

    @Test
    void setAcceptsNestedKeysAndAPolicyMixAsInScenarios() throws Exception {
        ExperimentSpec spec = ExperimentLoader.load(write("""
                set:
                  scale: 0.01
                  trust: {gain: 0.2}
                  policy: {brokerage: 0.25, cofunding: 0.75}
                design: {type: full_factorial}
                parameters:
                  trust.initial: [0.1, 0.2]
                """));
        assertThat(spec.base().parameters().real(ParameterSchema.TRUST_GAIN)).isEqualTo(0.2);
        assertThat(spec.base().policy()).isEqualTo("brokerage=0.25,cofunding=0.75");
    }

    @Test
    void integerRangesStayWholeAndInRange() throws Exception {
        ExperimentSpec spec = ExperimentLoader.load(write("""
                design: {type: latin_hypercube, samples: 30}
                parameters:
                  firms.project_duration: {min: 2, max: 5}
                """));
        for (int i = 0; i < spec.design().size(); i++) {
            Object v = spec.design().point(i)[0];
            assertThat(v).isInstanceOf(Long.class);
            assertThat((Long) v).isBetween(2L, 5L);
        }
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> badFiles() {
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of((Object) new String[] {"desing: {type: sobol}\n", "line 2", "unknown key 'desing'", "did you mean 'design'"}),
                org.junit.jupiter.params.provider.Arguments.of((Object) new String[] {"design: {type: sobol, samples: 8}\nparameters:\n  trust.intial: {min: 0.1, max: 0.2}\n",
                    "line 4", "parameters.trust.intial", "did you mean 'trust.initial'"}),
                org.junit.jupiter.params.provider.Arguments.of((Object) new String[] {"design: {type: sobol, samples: 8}\nparameters:\n  policy: {min: 0, max: 1}\n",
                    "line 4", "needs a numeric parameter", "list of values"}),
                org.junit.jupiter.params.provider.Arguments.of((Object) new String[] {"design: {type: full_factorial}\nparameters:\n  trust.initial: {min: 0.1, max: 0.3}\n",
                    "line 4", "needs levels", "trust.initial"}),
                org.junit.jupiter.params.provider.Arguments.of((Object) new String[] {"design: {type: sobol, samples: 8}\nparameters:\n  trust.initial: {min: 0.1, max: 3}\n",
                    "line 4", "out of range", "from 0 to 1"}),
                org.junit.jupiter.params.provider.Arguments.of((Object) new String[] {"design: {type: sobol, samples: 8}\nparameters:\n  trust.initial: {min: 0.1, max: 0.3}\n"
                    + "metrics:\n  mean_trust: total\n", "line 6", "only defined for flow metrics", "final or average"}),
                org.junit.jupiter.params.provider.Arguments.of((Object) new String[] {"design: {type: sobel, samples: 8}\nparameters:\n  trust.initial: [0.1]\n",
                    "line 2", "'sobel' is not a design", "did you mean 'sobol'"}),
                org.junit.jupiter.params.provider.Arguments.of((Object) new String[] {"design: {type: latin_hypercube}\nparameters:\n  trust.initial: [0.1]\n",
                    "design.samples", "required for latin_hypercube", "whole number"}),
                org.junit.jupiter.params.provider.Arguments.of((Object) new String[] {"replications: two\ndesign: {type: full_factorial}\nparameters:\n  trust.initial: [0.1]\n",
                    "line 2", "replications", "whole number from 1"}),
                org.junit.jupiter.params.provider.Arguments.of((Object) new String[] {"design: {type: full_factorial}\nparameters:\n  policy: [none, brokrage]\n",
                    "line 4", "brokrage", "did you mean 'brokerage'"}),
                org.junit.jupiter.params.provider.Arguments.of((Object) new String[] {"design: {type: full_factorial}\nparameters:\n  seed: [1, 2]\n",
                    "line 4", "seed is not swept", "replications"}),
                org.junit.jupiter.params.provider.Arguments.of((Object) new String[] {"set: {policy_changes: '40:brokerage'}\n"
                    + "design: {type: full_factorial}\nparameters:\n  policy: [none, cofunding]\n",
                    "line 5", "schedules policy changes (policy_changes: 40:brokerage)", "policy_changes: ''"}),
                org.junit.jupiter.params.provider.Arguments.of((Object) new String[] {"set: {scael: 0.1}\ndesign: {type: full_factorial}\nparameters:\n  trust.initial: [0.1]\n",
                    "line 2", "set.scael", "did you mean 'scale'"}),
                org.junit.jupiter.params.provider.Arguments.of((Object) new String[] {"design: {type: full_factorial}\nparameters:\n  firms.success_min: [0.1, 0.9]\n",
                    "design point 1", "must not exceed firms.success_max", "narrow the ranges"}),
                org.junit.jupiter.params.provider.Arguments.of((Object) new String[] {"design: {type: full_factorial}\nparameters:\n  trust.initial: 0.3\n",
                    "line 4", "expected a list", "'set'"}),
                // A key given twice: the later value would win silently, and runs.csv would record both.
                org.junit.jupiter.params.provider.Arguments.of((Object) new String[] {"design: {type: full_factorial}\nparameters:\n"
                    + "  trust.initial: [0.1, 0.2]\n  trust.initial: [0.3]\n",
                    "line 5", "key 'parameters.trust.initial' is given twice", ": key"}),
                org.junit.jupiter.params.provider.Arguments.of((Object) new String[] {"set: {scale: 0.01, scale: 0.02}\n"
                    + "design: {type: full_factorial}\nparameters:\n  trust.initial: [0.1]\n",
                    "line 2", "key 'set.scale' is given twice", ": key"}),
                org.junit.jupiter.params.provider.Arguments.of((Object) new String[] {"set:\n  trust.gain: 0.1\n  trust: {gain: 0.2}\n"
                    + "design: {type: full_factorial}\nparameters:\n  trust.initial: [0.1]\n",
                    "line 4", "key 'set.trust.gain' is given twice", ": key"}),
                org.junit.jupiter.params.provider.Arguments.of((Object) new String[] {"design: {type: full_factorial}\nparameters:\n"
                    + "  trust.initial: [0.1]\nmetrics:\n  innovations: total\n  innovations: final\n",
                    "line 7", "key 'metrics.innovations' is given twice", ": key"}),
                org.junit.jupiter.params.provider.Arguments.of((Object) new String[] {"design: {type: full_factorial}\nparameters:\n"
                    + "  policy: [brokerage, 'brokerage=1']\n",
                    "line 4", "value 'brokerage=1' is listed twice", "same as 'brokerage'"}),
                org.junit.jupiter.params.provider.Arguments.of((Object) new String[] {"design: {type: full_factorial}\nparameters:\n"
                    + "  trust.initial: [0.1, 1e-1]\n",
                    "line 4", "value '1e-1' is listed twice", "same as '0.1'"}),
                org.junit.jupiter.params.provider.Arguments.of((Object) new String[] {"design: {type: sobol, samples: 8}\nparameters:\n"
                    + "  trust.initial: {min: 0, max: 1e999}\n",
                    "line 4", "expected a number from 0 to 1, got '1e999'", "parameters.trust.initial"}),
                org.junit.jupiter.params.provider.Arguments.of((Object) new String[] {"replications: 2d\ndesign: {type: full_factorial}\n"
                    + "parameters:\n  trust.initial: [0.1]\n",
                    "line 2", "'2d' is not a whole number", "replications"}),
                org.junit.jupiter.params.provider.Arguments.of((Object) new String[] {"design: {type: full_factorial}\nparameters:\n"
                    + "  trust.initial: [0.1, 0.2f]\n",
                    "line 4", "got '0.2f'", "plain decimal"}),
                org.junit.jupiter.params.provider.Arguments.of((Object) new String[] {"name: ../../x\ndesign: {type: full_factorial}\n"
                    + "parameters:\n  trust.initial: [0.1]\n",
                    "line 2", "key 'name': '../../x' is not a valid name", "letters (A-Z, a-z), digits, '-', '_' and '.'"}),
                org.junit.jupiter.params.provider.Arguments.of((Object) new String[] {"set: {name: y}\ndesign: {type: full_factorial}\n"
                    + "parameters:\n  trust.initial: [0.1]\n",
                    "line 2", "key 'set.name'", "can only be given in the scenario file"}),
                // 8 base samples for 4 factors: the Sobol sequence's first points coincide in one column of A and B
                org.junit.jupiter.params.provider.Arguments.of((Object) new String[] {"design: {type: sobol, samples: 8}\nparameters:\n"
                    + "  trust.initial: {min: 0.1, max: 0.5}\n  firms.opportunity_rate: {min: 0.1, max: 0.4}\n"
                    + "  costs.negotiation: {min: 2000, max: 16000}\n  firms.cooperation_synergy: {min: 0.1, max: 1.0}\n",
                    "key 'design.samples'", "the same values in A and B", "'trust.initial'"}),
                // two-value lists with 16 samples: the points map to the same values in A and B
                org.junit.jupiter.params.provider.Arguments.of((Object) new String[] {"design: {type: sobol, samples: 16}\nparameters:\n"
                    + "  firms.opportunity_rate: [0.1, 0.4]\n  trust.initial: [0.1, 0.5]\n"
                    + "  costs.negotiation: {min: 2000, max: 16000}\n  firms.cooperation_synergy: {min: 0.1, max: 1.0}\n"
                    + "  firms.opportunism_max: {min: 0.0, max: 0.3}\n",
                    "key 'design.samples'", "the same values in A and B", "'firms.opportunity_rate'"}),
                // a scenario file given to sweep
                org.junit.jupiter.params.provider.Arguments.of((Object) new String[] {"scale: 0.1\n",
                    "line 2", "unknown key 'scale'", "this looks like a scenario file"}),
                // a swept parameter also given under 'set': the sweep would replace it without a word
                org.junit.jupiter.params.provider.Arguments.of((Object) new String[] {"set: {scale: 0.01, trust.initial: 0.3}\n"
                    + "design: {type: full_factorial}\nparameters:\n  trust.initial: [0.1, 0.2]\n",
                    "line 5", "key 'parameters.trust.initial': also given under 'set'", "remove it from 'set'"}),
                // replication i runs with the scenario's seed + i: refused when loaded, not when run (it crashed mid-sweep)
                org.junit.jupiter.params.provider.Arguments.of((Object) new String[] {"set: {seed: 9000000000000000}\nreplications: 3\n"
                    + "design: {type: full_factorial}\nparameters:\n  trust.initial: [0.1]\n",
                    "key 'replications'", "seeds go up to 9000000000000000", "at most 8999999999999998"}),
                org.junit.jupiter.params.provider.Arguments.of((Object) new String[] {"set: {data: {municipalities: m.csv}}\n"
                    + "design: {type: full_factorial}\nparameters:\n  trust.initial: [0.1]\n",
                    "line 2", "key 'set.data.municipalities'", "can only be given in the scenario file"}));
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void badExperimentFilesGiveOneClearMessage(String[] c) throws Exception {
        Path f = write(c[0]);
        assertThatThrownBy(() -> ExperimentLoader.load(f)).isInstanceOf(InputException.class)
                .hasMessageContaining(f.toString()).hasMessageContaining(c[1]).hasMessageContaining(c[2])
                .hasMessageContaining(c[3]);
    }

    /** A factor listed with one value is fixed on purpose: not refused as a degenerate design (its indices are 0). */
    @Test
    void aOneValueFactorInASobolDesignIsAccepted() throws Exception {
        Path f = write("design: {type: sobol, samples: 8}\nparameters:\n  trust.initial: {min: 0.1, max: 0.5}\n"
                + "  policy: [brokerage]\n");
        assertThat(ExperimentLoader.load(f).design().factors()).hasSize(2);
    }

    @Test
    void aMixInAnotherOrderIsAnotherLevel() throws Exception {
        // The agency asks the policies of a mix in the order given (the first to propose a partner
        // wins, subsidies are capped in that order), so the two orders are different policies.
        ExperimentSpec spec = ExperimentLoader.load(write("""
                design: {type: full_factorial}
                parameters:
                  policy: ['brokerage=0.5,cofunding=0.5', 'cofunding=0.5,brokerage=0.5']
                """));
        assertThat(spec.design().size()).isEqualTo(2);
    }

    @Test
    void missingScenarioIsNamed() throws Exception {
        Path f = tmp.resolve("e.yaml");
        Files.writeString(f, "scenario: nowhere.yaml\ndesign: {type: full_factorial}\nparameters:\n  trust.initial: [0.1]\n");
        assertThatThrownBy(() -> ExperimentLoader.load(f)).isInstanceOf(InputException.class)
                .hasMessageContaining("line 1").hasMessageContaining("nowhere.yaml").hasMessageContaining("not found");
        Files.writeString(f, "design: {type: full_factorial}\nparameters:\n  trust.initial: [0.1]\n");
        assertThatThrownBy(() -> ExperimentLoader.load(f)).hasMessageContaining("'scenario' is required");
        Files.writeString(f, "scenario: " + tmp + "\ndesign: {type: full_factorial}\nparameters:\n  trust.initial: [0.1]\n");
        assertThatThrownBy(() -> ExperimentLoader.load(f)).isInstanceOf(InputException.class)
                .hasMessage(f + " line 1, key 'scenario': " + tmp + " is a directory, expected a scenario YAML file");
        assertThatThrownBy(() -> ExperimentLoader.load(tmp)).isInstanceOf(InputException.class)
                .hasMessage(tmp + ": is a directory, expected a YAML file");
    }
}
