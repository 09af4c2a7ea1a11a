package com.redshiftloader.domain.load;

import com.redshiftloader.domain.source.BadBytes;
import com.redshiftloader.domain.source.CsvDialect;
import com.redshiftloader.domain.source.SourceFormat;
import com.redshiftloader.domain.source.SourceSettings;
import java.nio.charset.Charset;
import java.util.Optional;
import java.util.Set;

/**
 * The source settings a load job pins, applied over what detection finds in the file; absent ones stay detected.
 * {@code nullTokens} replaces the whole set of values read as NULL (the empty string among them when empty fields are
 * NULL); {@code trim} says whether values are trimmed of spaces and tabs.
 */
public record JobSourceSettings(
        Optional<SourceFormat> format,
        Optional<Charset> encoding,
        Optional<Character> delimiter,
        Optional<Character> quote,
        Optional<Boolean> header,
        Optional<Integer> skipLines,
        Optional<Boolean> gzip,
        Optional<Boolean> fillMissing,
        Optional<Boolean> multilineValues,
        Optional<BadBytes> badBytes,
        Optional<Set<String>> nullTokens,
        Optional<Boolean> trim) {

    public JobSourceSettings {
        nullTokens = nullTokens.map(Set::copyOf);
    }

    /** Pins nothing: everything as detected. */
    public static JobSourceSettings detected() {
        return new JobSourceSettings(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /** The settings of {@code chosen} that differ from {@code detected}. */
    public static JobSourceSettings between(SourceSettings detected, SourceSettings chosen) {
        CsvDialect was = detected.dialect();
        CsvDialect is = chosen.dialect();
        return new JobSourceSettings(
                differing(detected.format(), chosen.format()),
                differing(detected.encoding(), chosen.encoding()),
                differing(was.delimiter(), is.delimiter()),
                differing(was.quote(), is.quote()),
                differing(was.header(), is.header()),
                differing(was.skipLines(), is.skipLines()),
                differing(detected.gzip(), chosen.gzip()),
                differing(detected.fillMissing(), chosen.fillMissing()),
                differing(detected.multilineValues(), chosen.multilineValues()),
                differing(detected.badBytes(), chosen.badBytes()),
                differing(detected.nullTokens(), chosen.nullTokens()),
                differing(detected.trim(), chosen.trim()));
    }

    /**
     * The detected settings with the pinned ones applied.
     *
     * @throws IllegalArgumentException when the result is inconsistent (the same delimiter and quote)
     */
    public SourceSettings applyTo(SourceSettings detected) {
        CsvDialect dialect = detected.dialect();
        dialect = dialect.withDelimiter(delimiter.orElse(dialect.delimiter()))
                .withQuote(quote.orElse(dialect.quote()))
                .withHeader(header.orElse(dialect.header()))
                .withSkipLines(skipLines.orElse(dialect.skipLines()));
        Charset charset = encoding.orElse(detected.encoding());
        return detected.withFormat(format.orElse(detected.format()))
                .withGzip(gzip.orElse(detected.gzip()))
                .withEncoding(charset, detected.bom() && charset.equals(detected.encoding()))
                .withDialect(dialect)
                .withFillMissing(fillMissing.orElse(detected.fillMissing()))
                .withMultilineValues(multilineValues.orElse(detected.multilineValues()))
                .withBadBytes(badBytes.orElse(detected.badBytes()))
                .withNullTokens(nullTokens.orElse(detected.nullTokens()))
                .withTrim(trim.orElse(detected.trim()));
    }

    private static <T> Optional<T> differing(T detected, T chosen) {
        return detected.equals(chosen) ? Optional.empty() : Optional.of(chosen);
    }
}
