package org.regiosim.scenario;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads the user's text files (scenarios, experiments, region data) as UTF-8, turning every
 * problem into a message about the file: not found, a directory, unreadable, not UTF-8 (with
 * the line), never Java's exception text.
 */
public final class TextFiles {

    private TextFiles() {
    }

    /**
     * The file's text, without a leading byte-order mark.
     *
     * @param kind what the file should be, for messages: "a YAML file", "a CSV file"
     */
    public static String readUtf8(Path file, String kind) throws InputException {
        if (Files.isDirectory(file)) {
            throw new InputException(file + ": is a directory, expected " + kind);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": file not found");
        } catch (AccessDeniedException e) {
            throw new InputException(file + ": cannot be read (permission denied)");
        } catch (FileSystemException e) {
            throw new InputException(file + ": cannot be read" + (e.getReason() == null ? "" : " (" + e.getReason() + ")"));
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never gives more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new InputException(file + " line " + line + ": not valid UTF-8 text (byte 0x"
                    + String.format(Locale.ROOT, "%02X", bytes[at] & 0xFF) + "); save the file in UTF-8 encoding");
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
