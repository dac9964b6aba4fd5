package org.regiosim.cli;

import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.regiosim.gui.WorkshopGUI;
import org.regiosim.gui.WorkshopLauncher;
import org.regiosim.model.policy.PolicyMix;
import org.regiosim.scenario.InputException;
import org.regiosim.scenario.Scenario;
import org.regiosim.scenario.ScenarioLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code regiosim gui}: workshop mode, the MASON Console with map, live charts and controls. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Workshop mode: open the MASON Console with a map of the region, live charts and the policy "
                + "as a control that can be switched while the model runs.",
            "With --compare, two runs of the same scenario and seed under two policies run side by side in lockstep."})
final class GuiCommand implements Callable<Integer> {

    static final Path DEFAULT_SCENARIO = Path.of("scenarios", "ruhr-workshop.yaml");

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario YAML file%n  (default: scenarios/ruhr-workshop.yaml).")
    Path scenarioFile;

    @Option(names = "--compare", paramLabel = "[A;]B", split = ";", hideParamSyntax = true,
            description = "Compare two policies side by side: 'B' compares the scenario's policy (A) with B; "
                    + "'A;B' sets both, e.g. --compare 'none;brokerage' (a mix: 'brokerage=0.5,cofunding=0.5').")
    List<String> compare = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: the scenario's seed).")
    Long seed;

    @Option(names = "--steps", paramLabel = "N", description = "Stop after N quarters (default: the scenario's steps).")
    Integer steps;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a scenario parameter, e.g. --set scale=0.02 (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--max-firms", paramLabel = "N", defaultValue = "3000",
            description = "Most firms drawn on the map; above it a stable sample is drawn (default: ${DEFAULT-VALUE}).")
    int maxFirms;

    @Option(names = "--large-fonts", description = "Start with large fonts (for a projector); a switch in the charts window toggles them.")
    boolean largeFonts;

    @Option(names = "--play", description = "Start playing at once.")
    boolean play;

    @Option(names = "--save-at-end", paramLabel = "DIR",
            description = "When the run stops, save charts and maps as PNG into DIR (for minutes and smoke tests).")
    Path saveAtEnd;

    @Option(names = "--quit-at-end", description = "Quit when the run stops (with --play, for smoke tests under xvfb-run).")
    boolean quitAtEnd;

    @Override
    public Integer call() throws Exception {
        Path file = scenarioFile != null ? scenarioFile : DEFAULT_SCENARIO;
        if (scenarioFile == null && !Files.exists(file)) {
            throw new InputException("no scenario given and " + DEFAULT_SCENARIO
                    + " not found here; give a scenario file, e.g. regiosim gui scenarios/ruhr-baseline.yaml --set scale=0.01");
        }
        if (maxFirms < 1) {
            throw new InputException("--max-firms " + maxFirms + ": must be at least 1");
        }
        // --compare 'A;B' sets both runs' policies; with 'B' alone, run A takes the scenario's (or --set) policy.
        List<String> overrides = Overrides.of(sets, seed, steps, compare.size() == 2
                ? java.util.Map.of(org.regiosim.model.params.ParameterSchema.POLICY.key(),
                        "--compare " + String.join(";", compare)) : java.util.Map.of());
        Scenario scenario = ScenarioLoader.load(file, overrides);
        Notes.print(scenario);
        List<String> policies = policies(scenario.policy());
        if (quitAtEnd && !play) {
            throw new InputException("--quit-at-end needs --play (otherwise the run never ends by itself)");
        }
        if (saveAtEnd != null) {
            OutputDirs.prepare("--save-at-end", saveAtEnd); // a bad folder is found now, not after the run
        }
        if (GraphicsEnvironment.isHeadless()) {
            throw new InputException("the gui needs a graphical display, and there is none (DISPLAY is not set or "
                    + "java.awt.headless is true). On a server use 'xvfb-run -a ./regiosim gui ...', or './regiosim run' for batch runs.");
        }
        CountDownLatch closed = new CountDownLatch(1);
        AtomicBoolean saveFailed = new AtomicBoolean();
        WorkshopLauncher.open(scenario, policies, new WorkshopGUI.Options(maxFirms, 900, sets), largeFonts, play,
                saveAtEnd, quitAtEnd, closed::countDown, saveFailed);
        closed.await();
        return saveFailed.get() ? 1 : 0;
    }

    /** The policy of each run: the scenario's alone, or two for a comparison. */
    List<String> policies(String scenarioPolicy) throws InputException {
        List<String> p = new ArrayList<>();
        if (compare.isEmpty()) {
            p.add(scenarioPolicy);
        } else if (compare.size() == 1) {
            p.add(scenarioPolicy);
            p.add(compare.get(0));
        } else if (compare.size() == 2) {
            p.addAll(compare);
        } else {
            throw new InputException("--compare " + String.join(";", compare) + ": give one policy (B) or two (A;B)");
        }
        List<String> canonical = new ArrayList<>();
        for (String s : p) {
            String problem = PolicyMix.problemWith(s);
            if (problem != null) {
                throw new InputException("--compare " + s + ": " + problem);
            }
            canonical.add(PolicyMix.parse(s).toString());
        }
        return canonical;
    }
}
