package com.redshiftloader.infra.store;

import com.redshiftloader.domain.load.JobColumn;
import com.redshiftloader.domain.load.JobFileException;
import com.redshiftloader.domain.load.JobSourceSettings;
import com.redshiftloader.domain.load.LoadChoices;
import com.redshiftloader.domain.load.LoadJob;
import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPath;
import com.redshiftloader.domain.schema.types.DateLayout;
import com.redshiftloader.domain.schema.types.InvalidLayoutException;
import com.redshiftloader.domain.schema.types.InvalidTypeException;
import com.redshiftloader.domain.schema.types.RedshiftType;
import com.redshiftloader.domain.schema.types.RedshiftTypeParser;
import com.redshiftloader.domain.source.BadBytes;
import com.redshiftloader.domain.source.SourceFormat;
import com.redshiftloader.infra.store.YamlTree.Entry;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Turns a job file's located YAML into a {@link LoadJob}, collecting every problem with its file and line. */
final class JobBinder {

    static final List<String> KEYS = List.of(
            "profile", "file", "source", "schema", "table", "mode", "merge_keys", "path", "max_errors", "columns");
    static final List<String> SOURCE_KEYS = List.of(
            "format",
            "encoding",
            "delimiter",
            "quote",
            "header",
            "skip_lines",
            "gzip",
            "fill_missing",
            "multiline_values",
            "on_bad_bytes",
            "null_as",
            "trim");
    static final List<String> COLUMN_KEYS = List.of("type", "name", "excluded", "date_format");

    private final String source;
    private final Path directory;
    private final List<String> problems = new ArrayList<>();

    private JobBinder(String source, Path directory) {
        this.source = source;
        this.directory = directory;
    }

    /** Relative paths in the job (the file, a profile file) are taken from {@code directory}, the job's own. */
    static LoadJob bind(Map<String, Entry> yaml, String source, Path directory) throws JobFileException {
        JobBinder binder = new JobBinder(source, directory);
        binder.checkKeys(yaml, KEYS);
        Optional<String> profile = binder.text(yaml, "profile").map(binder::profileReference);
        Optional<Path> file = binder.text(yaml, "file").map(directory::resolve);
        JobSourceSettings settings = binder.sourceSettings(yaml);
        Optional<LoadMode> mode = binder.value(yaml, "mode", LoadMode.class, LoadMode::valueOf);
        Optional<LoadPath> path = binder.value(yaml, "path", LoadPath.class, LoadPath::valueOf);
        Optional<Integer> maxErrors = binder.whole(yaml, "max_errors");
        List<String> keys = binder.list(yaml, "merge_keys");
        List<JobColumn> columns = binder.columns(yaml);
        if (profile.isEmpty()) {
            binder.problems.add(source + ": 'profile' is missing; name a saved profile or a profile file");
        }
        if (file.isEmpty()) {
            binder.problems.add(source + ": 'file' is missing; give the path of the file to load");
        }
        if (!binder.problems.isEmpty()) {
            throw new JobFileException(binder.problems);
        }
        Optional<String> schema = binder.text(yaml, "schema");
        Optional<String> table = binder.text(yaml, "table");
        LoadChoices choices = LoadChoices.saved(schema, table, mode, keys, path, maxErrors);
        return new LoadJob(profile.get(), file.get(), settings, choices, columns);
    }

    private String profileReference(String profile) {
        boolean looksLikeFile = profile.endsWith(".yaml") || profile.endsWith(".yml") || profile.contains("/");
        return looksLikeFile ? directory.resolve(profile).toString() : profile;
    }

    private JobSourceSettings sourceSettings(Map<String, Entry> yaml) {
        Map<String, Entry> settings = mapping(yaml, "source");
        checkKeys(settings, SOURCE_KEYS);
        return new JobSourceSettings(
                value(settings, "format", SourceFormat.class, SourceFormat::valueOf),
                convert(settings, "encoding", "a character set such as UTF-8 or windows-1252", Charset::forName),
                character(settings, "delimiter"),
                character(settings, "quote"),
                bool(settings, "header"),
                whole(settings, "skip_lines"),
                bool(settings, "gzip"),
                bool(settings, "fill_missing"),
                bool(settings, "multiline_values"),
                convert(settings, "on_bad_bytes", "refuse or replace", BadBytes::of),
                tokens(settings, "null_as"),
                bool(settings, "trim"));
    }

    /**
     * A list of values kept exactly as written, the empty string too ({@code - ""}); a single value is a list of one.
     * A YAML null item (an unquoted {@code NULL}, {@code null} or {@code ~}) must be quoted to say which it is.
     */
    private Optional<Set<String>> tokens(Map<String, Entry> yaml, String key) {
        Entry entry = yaml.get(key);
        if (entry == null || entry.value() == null) {
            return Optional.empty();
        }
        List<?> items = entry.value() instanceof List<?> list ? list : List.of(entry.value());
        if (items.stream().anyMatch(item -> item == null || item instanceof Map<?, ?> || item instanceof List<?>)) {
            problems.add(at(entry) + ": '" + key + "' must be a list of values, each quoted when it could be read"
                    + " otherwise, e.g. [\"\", \"NULL\", \"n/a\"]");
            return Optional.empty();
        }
        return Optional.of(Set.copyOf(items.stream().map(Object::toString).toList()));
    }

    private List<JobColumn> columns(Map<String, Entry> yaml) {
        List<JobColumn> columns = new ArrayList<>();
        mapping(yaml, "columns").forEach((name, entry) -> {
            if (!(entry.value() instanceof Map<?, ?>)) {
                problems.add(at(entry) + ": column '" + name
                        + "' takes 'type:', 'name:', 'excluded:' or 'date_format:' lines");
                return;
            }
            @SuppressWarnings("unchecked")
            Map<String, Entry> choices = (Map<String, Entry>) entry.value();
            checkKeys(choices, COLUMN_KEYS);
            Optional<RedshiftType> type = text(choices, "type").flatMap(text -> parseType(choices.get("type"), text));
            Optional<String> target = text(choices, "name");
            Optional<DateLayout> layout =
                    text(choices, "date_format").flatMap(text -> parseLayout(choices.get("date_format"), text));
            columns.add(
                    new JobColumn(name, type, target, bool(choices, "excluded").orElse(false), layout));
        });
        return columns;
    }

    private Optional<RedshiftType> parseType(Entry entry, String text) {
        try {
            return Optional.of(RedshiftTypeParser.parse(text));
        } catch (InvalidTypeException e) {
            problems.add(at(entry) + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<DateLayout> parseLayout(Entry entry, String text) {
        try {
            return Optional.of(DateLayout.parse(text));
        } catch (InvalidLayoutException e) {
            problems.add(at(entry) + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private void checkKeys(Map<String, Entry> yaml, List<String> known) {
        yaml.forEach((key, entry) -> {
            if (!known.contains(key)) {
                problems.add(at(entry) + ": unknown key '" + key + "'; use " + String.join(", ", known));
            }
        });
    }

    private Map<String, Entry> mapping(Map<String, Entry> yaml, String key) {
        Entry entry = yaml.get(key);
        if (entry == null || entry.value() == null || "".equals(entry.value())) {
            return Map.of();
        }
        if (entry.value() instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Entry> nested = (Map<String, Entry>) map;
            return nested;
        }
        problems.add(at(entry) + ": '" + key + "' must be a group of indented 'key: value' lines");
        return Map.of();
    }

    private Optional<String> text(Map<String, Entry> yaml, String key) {
        return convert(yaml, key, "text", value -> value).map(String::strip).filter(value -> !value.isEmpty());
    }

    private <E extends Enum<E>> Optional<E> value(
            Map<String, Entry> yaml, String key, Class<E> type, Function<String, E> parse) {
        String choices = String.join(
                ", ",
                Arrays.stream(type.getEnumConstants())
                        .map(constant -> constant.name().toLowerCase(Locale.ROOT))
                        .toList());
        return convert(
                yaml,
                key,
                "one of " + choices,
                text -> parse.apply(text.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
    }

    private Optional<Character> character(Map<String, Entry> yaml, String key) {
        return convert(yaml, key, "one character (or 'tab')", text -> {
            if (Set.of("tab", "\\t").contains(text.toLowerCase(Locale.ROOT))) {
                return '\t';
            }
            if (text.length() != 1) {
                throw new IllegalArgumentException(text);
            }
            return text.charAt(0);
        });
    }

    private Optional<Integer> whole(Map<String, Entry> yaml, String key) {
        return convert(yaml, key, "a whole number, 0 or more", text -> {
            int number = Integer.parseInt(text.strip());
            if (number < 0) {
                throw new IllegalArgumentException(text);
            }
            return number;
        });
    }

    private Optional<Boolean> bool(Map<String, Entry> yaml, String key) {
        return convert(yaml, key, "true or false", text -> switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(text);
        });
    }

    /** The value as text converted, or empty (with a problem naming the line) when it does not convert. */
    private <T> Optional<T> convert(Map<String, Entry> yaml, String key, String expected, Function<String, T> parse) {
        Entry entry = yaml.get(key);
        if (entry != null && entry.value() == null) {
            return Optional.empty();
        }
        if (entry == null || entry.value() instanceof Map<?, ?> || entry.value() instanceof List<?>) {
            if (entry != null) {
                problems.add(at(entry) + ": '" + key + "' must be " + expected);
            }
            return Optional.empty();
        }
        String text = entry.value().toString();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(text));
        } catch (RuntimeException e) {
            problems.add(at(entry) + ": '" + key + "' must be " + expected + ", not '" + text + "'");
            return Optional.empty();
        }
    }

    private List<String> list(Map<String, Entry> yaml, String key) {
        Entry entry = yaml.get(key);
        if (entry == null || entry.value() == null) {
            return List.of();
        }
        List<?> items = entry.value() instanceof List<?> list
                ? list
                : List.of(entry.value().toString().split(","));
        return items.stream()
                .map(item -> item.toString().strip())
                .filter(item -> !item.isEmpty())
                .toList();
    }

    private String at(Entry entry) {
        return source + ":" + entry.line();
    }
}
