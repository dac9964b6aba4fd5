package org.regiosim.cli;

import java.io.PrintWriter;

import org.regiosim.output.AtomicFiles;
import org.regiosim.scenario.InputException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The regiosim command line: one subcommand class per command. Exit codes: 0 ok, 1 internal failure, 2 bad input. */
@Command(name = "regiosim", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Agent-based simulation of a regional innovation system (MASON).",
        subcommands = {RunCommand.class, CompareCommand.class, SweepCommand.class, BenchCommand.class,
                GuiCommand.class, ParamsCommand.class, MetricsCommand.class})
public final class Main implements Runnable {

    public static final int EXIT_INPUT = 2;
    /** What a C tool's status is when the reader of its output went away (128 + SIGPIPE). */
    static final int EXIT_READER_GONE = 141;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        StandardOutput.install();
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code (no System.exit: tests call this). */
    public static int execute(String... args) {
        if (System.getProperty("java.awt.headless") == null && !isGui(args)) {
            System.setProperty("java.awt.headless", "true");
        }
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(Main::handle);
        cl.setParameterExceptionHandler(Main::usageError);
        // Messages in the user's terms, not Java's ("is not a long"); numbers read as in scenarios.
        cl.registerConverter(Integer.class, text -> (int) wholeNumber(text, Integer.MIN_VALUE, Integer.MAX_VALUE));
        cl.registerConverter(int.class, text -> (int) wholeNumber(text, Integer.MIN_VALUE, Integer.MAX_VALUE));
        cl.registerConverter(Long.class, text -> wholeNumber(text, Long.MIN_VALUE, Long.MAX_VALUE));
        cl.registerConverter(long.class, text -> wholeNumber(text, Long.MIN_VALUE, Long.MAX_VALUE));
        cl.registerConverter(Double.class, new PlainDouble());
        cl.registerConverter(double.class, new PlainDouble());
        // An empty path ('--out ""') would otherwise reach the file system as null after the work is done.
        cl.registerConverter(java.nio.file.Path.class, text -> {
            if (text.isBlank()) {
                throw new CommandLine.TypeConversionException("an empty path ('.' is this directory)");
            }
            try {
                return java.nio.file.Path.of(text);
            } catch (java.nio.file.InvalidPathException e) {
                throw new CommandLine.TypeConversionException("'" + text + "' is not a valid path: " + e.getReason());
            }
        });
        int code = cl.execute(args);
        // PrintStream and PrintWriter swallow write errors (a full disk, a closed pipe) and only
        // remember them: without this check, 'regiosim params > /dev/full' printed nothing and exited 0.
        boolean outFailed = cl.getOut().checkError();
        outFailed |= System.out.checkError();
        if (outFailed && StandardOutput.readerClosedPipe()) {
            // The reader stopped reading (regiosim params | head -1): what it read is all it wanted.
            return code == 0 ? EXIT_READER_GONE : code;
        }
        if (outFailed) {
            System.err.println("regiosim: cannot write to standard output (a full disk, or the reader closed it)");
            System.err.flush();
            return code == 0 ? 1 : code;
        }
        return code;
    }

    /** A whole number written as in scenarios: 80, 8_000, 1e3 (not 0x10, not 2.5). */
    private static long wholeNumber(String text, long min, long max) {
        if (!org.regiosim.model.params.PlainNumber.isPlain(text)) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a whole number"
                    + org.regiosim.model.params.PlainNumber.hint(text));
        }
        String plain = text.trim().replace("_", "");
        boolean negative = plain.startsWith("-");
        long v;
        if (plain.matches("[+-]?[0-9]+")) {
            try {
                v = Long.parseLong(plain);
            } catch (NumberFormatException overflow) {
                throw outOfRange(text, negative, min, max);
            }
        } else {
            Double d = org.regiosim.model.params.PlainNumber.parse(text);
            if (d == null) {
                throw outOfRange(text, negative, min, max); // 1e999
            }
            if (d != Math.rint(d)) {
                throw new CommandLine.TypeConversionException("'" + text + "' is not a whole number");
            }
            if (d >= 9.2e18 || d <= -9.2e18 || d > max || d < min) {
                throw outOfRange(text, negative, min, max);
            }
            if (Math.abs(d) > 9.0e15) { // scientific notation is exact only up to about 9e15
                throw new CommandLine.TypeConversionException("'" + text + "': write so large a number in full digits");
            }
            v = d.longValue();
        }
        if (v > max || v < min) {
            throw outOfRange(text, v < min, min, max);
        }
        return v;
    }

    private static CommandLine.TypeConversionException outOfRange(String text, boolean tooSmall, long min, long max) {
        // min and max are Java's int or long limits, not the option's own range (which the command
        // checks and names once the number can be read at all): not worth quoting to the user.
        return new CommandLine.TypeConversionException("'" + text + "' is out of range ("
                + (tooSmall ? "smaller" : "larger") + " than any value an option allows)");
    }

    private static boolean isGui(String[] args) {
        return args.length > 0 && args[0].equals("gui");
    }

    /**
     * A bad flag or option value: one message and where to look, not the whole usage text, in
     * which the message would scroll out of sight.
     */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("regiosim: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("'" + command.getCommandSpec().qualifiedName() + " --help' lists the options.");
        err.flush();
        return EXIT_INPUT;
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (AtomicFiles.exiting()) {
            return 130; // Ctrl-C or SIGTERM: the failure is the interruption's; nothing to report
        }
        if (e instanceof InputException) {
            err.println("regiosim: " + e.getMessage());
            err.flush();
            return EXIT_INPUT;
        }
        err.println("regiosim: internal error: " + e);
        e.printStackTrace(err);
        err.flush();
        return 1;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
