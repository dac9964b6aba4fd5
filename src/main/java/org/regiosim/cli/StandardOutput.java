package org.regiosim.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;

/**
 * Standard output that remembers why a write failed. {@link PrintStream} swallows write errors and
 * keeps only a flag, which cannot tell a full disk (an error to report) from a reader that stopped
 * reading ({@code regiosim params | head -1}: not an error, and C tools end silently then).
 */
final class StandardOutput extends FilterOutputStream {

    private static volatile IOException failure;

    private StandardOutput(OutputStream out) {
        super(out);
    }

    /** Replaces System.out by one that remembers its first write failure (same encoding and flushing). */
    static void install() {
        // The encoding Java 17 gives System.out: sun.stdout.encoding on a terminal, else the default.
        String encoding = System.getProperty("sun.stdout.encoding", Charset.defaultCharset().name());
        OutputStream raw = new StandardOutput(new FileOutputStream(FileDescriptor.out));
        try {
            System.setOut(new PrintStream(new BufferedOutputStream(raw, 8192), true, encoding));
        } catch (UnsupportedEncodingException e) {
            System.setOut(new PrintStream(new BufferedOutputStream(raw, 8192), true, Charset.defaultCharset()));
        }
    }

    /** Whether a write to standard output failed because the reader closed the pipe. */
    static boolean readerClosedPipe() {
        IOException e = failure;
        if (e == null) {
            return false;
        }
        // Java passes on the system's text for the error, in the user's language: "Broken pipe",
        // German "... (broken pipe)", French "Relais brisé (pipe)". A text that names a pipe,
        // on standard output that is a pipe, is the reader gone; anything else (a full disk, a
        // non-blocking pipe that is only full) is reported. Languages whose text names no pipe
        // get the report too, which is safe.
        String text = e.getMessage() == null ? "" : e.getMessage().toLowerCase(java.util.Locale.ROOT);
        if (text.contains("broken pipe")) {
            return true;
        }
        try {
            return text.contains("pipe") && java.nio.file.Files.readSymbolicLink(
                    java.nio.file.Path.of("/proc/self/fd/1")).toString().startsWith("pipe:");
        } catch (IOException | UnsupportedOperationException | SecurityException notLinux) {
            return false;
        }
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            remember(e);
            throw e;
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            remember(e);
            throw e;
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            remember(e);
            throw e;
        }
    }

    private static void remember(IOException e) {
        if (failure == null) {
            failure = e;
        }
    }
}
