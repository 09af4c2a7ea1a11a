package com.redshiftloader.cli.args;

/**
 * Turns an option's or a parameter's text into its value. A text it cannot convert is an {@link
 * IllegalArgumentException} whose message says why in a few words ({@code 'x' is not an int}); the parser puts the
 * option's name in front of it.
 *
 * @param <T> the value's type
 */
@FunctionalInterface
public interface ValueConverter<T> {

    T convert(String text);
}
