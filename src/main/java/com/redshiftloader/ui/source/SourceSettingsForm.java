package com.redshiftloader.ui.source;

import com.redshiftloader.domain.source.BadBytes;
import com.redshiftloader.domain.source.CsvDialect;
import com.redshiftloader.domain.source.NullTokens;
import com.redshiftloader.domain.source.SourceFormat;
import com.redshiftloader.domain.source.SourceSettings;
import java.nio.charset.Charset;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The detected settings as editable properties. The user's change calls back the Source step so it re-reads the
 * preview; filling them from a detection does not.
 */
public final class SourceSettingsForm {

    /** The delimiter offered for tab, since a tab cannot be seen in a field. */
    public static final String TAB = "Tab";

    private final ObjectProperty<SourceFormat> format = new SimpleObjectProperty<>(SourceFormat.CSV);
    private final StringProperty encoding = new SimpleStringProperty("UTF-8");
    private final StringProperty delimiter = new SimpleStringProperty(",");
    private final StringProperty quote = new SimpleStringProperty("\"");
    private final BooleanProperty header = new SimpleBooleanProperty(true);
    private final StringProperty skipLines = new SimpleStringProperty("0");
    private final BooleanProperty gzip = new SimpleBooleanProperty(false);
    private final BooleanProperty fillMissing = new SimpleBooleanProperty(false);
    private final BooleanProperty multilineValues = new SimpleBooleanProperty(false);
    private final BooleanProperty replaceBadBytes = new SimpleBooleanProperty(false);
    private final BooleanProperty emptyIsNull = new SimpleBooleanProperty(true);
    private final StringProperty nullTokens =
            new SimpleStringProperty(NullTokens.listed(SourceSettings.DEFAULT_NULL_TOKENS));
    private final BooleanProperty trim = new SimpleBooleanProperty(false);
    private String problem = "";
    private boolean showing;

    SourceSettingsForm(Runnable edited) {
        Runnable onEdit = () -> {
            if (!showing) {
                edited.run();
            }
        };
        format.addListener((o, a, b) -> onEdit.run());
        encoding.addListener((o, a, b) -> onEdit.run());
        delimiter.addListener((o, a, b) -> onEdit.run());
        quote.addListener((o, a, b) -> onEdit.run());
        header.addListener((o, a, b) -> onEdit.run());
        skipLines.addListener((o, a, b) -> onEdit.run());
        gzip.addListener((o, a, b) -> onEdit.run());
        fillMissing.addListener((o, a, b) -> onEdit.run());
        multilineValues.addListener((o, a, b) -> onEdit.run());
        replaceBadBytes.addListener((o, a, b) -> onEdit.run());
        emptyIsNull.addListener((o, a, b) -> onEdit.run());
        nullTokens.addListener((o, a, b) -> onEdit.run());
        trim.addListener((o, a, b) -> onEdit.run());
    }

    public ObjectProperty<SourceFormat> formatProperty() {
        return format;
    }

    public StringProperty encodingProperty() {
        return encoding;
    }

    public StringProperty delimiterProperty() {
        return delimiter;
    }

    public StringProperty quoteProperty() {
        return quote;
    }

    public BooleanProperty headerProperty() {
        return header;
    }

    public StringProperty skipLinesProperty() {
        return skipLines;
    }

    public BooleanProperty gzipProperty() {
        return gzip;
    }

    /** Rows with fewer fields than columns load with NULL for the missing ones (else each is a bad row). */
    public BooleanProperty fillMissingProperty() {
        return fillMissing;
    }

    /** Quoted values may span lines that look like records (else such a value is taken for a stray quote). */
    public BooleanProperty multilineValuesProperty() {
        return multilineValues;
    }

    /** Bytes that are not UTF-8 in a UTF-8 file are read as U+FFFD and counted (else the file is refused). */
    public BooleanProperty replaceBadBytesProperty() {
        return replaceBadBytes;
    }

    /** Empty fields (quoted or not) are read as NULL: the empty string is one of the null tokens. */
    public BooleanProperty emptyIsNullProperty() {
        return emptyIsNull;
    }

    /** The other values read as NULL, separated by commas, e.g. {@code NULL, null, \N, NA}. */
    public StringProperty nullTokensProperty() {
        return nullTokens;
    }

    /** Every value loses its leading and trailing spaces and tabs before the NULL check, typing and loading. */
    public BooleanProperty trimProperty() {
        return trim;
    }

    /** Fills the fields from settings read from the file. */
    void show(SourceSettings settings) {
        showing = true;
        try {
            format.set(settings.format());
            encoding.set(settings.encoding().name());
            char separator = settings.dialect().delimiter();
            delimiter.set(separator == '\t' ? TAB : String.valueOf(separator));
            quote.set(String.valueOf(settings.dialect().quote()));
            header.set(settings.dialect().header());
            skipLines.set(String.valueOf(settings.dialect().skipLines()));
            gzip.set(settings.gzip());
            fillMissing.set(settings.fillMissing());
            multilineValues.set(settings.multilineValues());
            replaceBadBytes.set(settings.badBytes() == BadBytes.REPLACE);
            emptyIsNull.set(settings.nullTokens().contains(""));
            if (!NullTokens.parse(nullTokens.get(), emptyIsNull.get()).equals(settings.nullTokens())) {
                nullTokens.set(NullTokens.listed(settings.nullTokens())); // the user's own spelling stays otherwise
            }
            trim.set(settings.trim());
        } finally {
            showing = false;
        }
    }

    /** The settings with the user's edits applied over {@code base}, or empty with {@link #problem()} set. */
    Optional<SourceSettings> toSettings(SourceSettings base) {
        try {
            Charset charset = Charset.forName(encoding.get().strip());
            String separatorText = delimiter.get();
            char separator = TAB.equalsIgnoreCase(separatorText) || "\\t".equals(separatorText)
                    ? '\t'
                    : single("delimiter", separatorText);
            int skip = Integer.parseInt(skipLines.get().strip());
            CsvDialect dialect = base.dialect()
                    .withDelimiter(separator)
                    .withQuote(single("quote", quote.get()))
                    .withHeader(header.get())
                    .withSkipLines(skip);
            problem = "";
            return Optional.of(base.withFormat(format.get())
                    .withGzip(gzip.get())
                    .withEncoding(charset, base.bom() && charset.equals(base.encoding()))
                    .withDialect(dialect)
                    .withFillMissing(fillMissing.get())
                    .withMultilineValues(multilineValues.get())
                    .withBadBytes(replaceBadBytes.get() ? BadBytes.REPLACE : BadBytes.REFUSE)
                    .withNullTokens(NullTokens.parse(nullTokens.get(), emptyIsNull.get()))
                    .withTrim(trim.get()));
        } catch (IllegalArgumentException e) {
            problem = "Check the settings: " + e.getMessage();
            return Optional.empty();
        }
    }

    String problem() {
        return problem;
    }

    private static char single(String what, String text) {
        if (text == null || text.length() != 1) {
            throw new IllegalArgumentException("the " + what + " must be one character, not '" + text + "'");
        }
        return text.charAt(0);
    }
}
