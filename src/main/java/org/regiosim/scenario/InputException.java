package org.regiosim.scenario;

/**
 * Bad input from the user: a scenario or experiment file, a data file, a flag. Its message is
 * complete (file, key or line, what is allowed) and is shown as it is; the command exits with 2.
 */
public class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
