package org.regiosim.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.regiosim.model.params.Param;
import org.regiosim.model.params.ParameterSchema;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints every scenario parameter with default, unit, range and meaning. */
@Command(name = "params", mixinStandardHelpOptions = true,
        description = "List every scenario parameter: key, default, unit, allowed values, meaning.")
final class ParamsCommand implements Callable<Integer> {

    @Option(names = "--markdown", description = "Print a Markdown table (as in scenarios/README.md).")
    boolean markdown;

    @Override
    public Integer call() {
        List<Param> all = ParameterSchema.all();
        if (markdown) {
            System.out.println("| key | default | unit | allowed | meaning |");
            System.out.println("|---|---|---|---|---|");
            for (Param p : all) {
                System.out.println("| `" + p.key() + "` | " + defaultText(p) + " | " + p.unit() + " | " + p.allowed()
                        + " | " + p.description().replace("|", "\\|") + " |");
            }
        } else {
            for (Param p : all) {
                System.out.println(p.key() + " = " + defaultText(p) + "  [" + p.unit() + "; " + p.allowed() + "]");
                System.out.println("    " + p.description());
            }
        }
        return 0;
    }

    private static String defaultText(Param p) {
        Object d = p.defaultValue();
        if (d instanceof List<?> l) {
            return String.join(",", l.stream().map(Object::toString).toList());
        }
        if (d instanceof String s && s.isEmpty()) {
            return "(empty)";
        }
        return d instanceof Double x ? org.regiosim.output.Numbers.format(x) : String.valueOf(d);
    }
}
