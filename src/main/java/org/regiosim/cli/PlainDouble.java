package org.regiosim.cli;

import org.regiosim.model.params.PlainNumber;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a number option as scenarios are read ({@link PlainNumber}): picocli's own conversion,
 * {@link Double#valueOf}, also takes {@code 0.1d}, hexadecimal and {@code Infinity}.
 */
final class PlainDouble implements ITypeConverter<Double> {

    @Override
    public Double convert(String text) {
        Double value = PlainNumber.parse(text);
        if (value == null) {
            throw new TypeConversionException("'" + text + "' is not a number" + PlainNumber.hint(text));
        }
        return value;
    }
}
