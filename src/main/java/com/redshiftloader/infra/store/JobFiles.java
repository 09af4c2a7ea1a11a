package com.redshiftloader.infra.store;

import com.redshiftloader.domain.load.JobColumn;
import com.redshiftloader.domain.load.JobFileException;
import com.redshiftloader.domain.load.JobSourceSettings;
import com.redshiftloader.domain.load.LoadChoices;
import com.redshiftloader.domain.load.LoadJob;
import com.redshiftloader.domain.load.LoadJobReader;
import com.redshiftloader.domain.load.LoadJobWriter;
import com.redshiftloader.domain.source.NullTokens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Load jobs as YAML files: {@code profile}, {@code file}, {@code source} (the settings that differ from detection),
 * {@code schema}, {@code table}, {@code mode}, {@code merge_keys}, {@code path}, {@code max_errors} and
 * {@code columns} (per source column: {@code type}, {@code name}, {@code excluded},
 * {@code date_format}). Written atomically; never a
 * secret, since the profile is referred to by name or path.
 */
public final class JobFiles implements LoadJobReader, LoadJobWriter {

    @Override
    public LoadJob read(Path file) throws JobFileException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new JobFileException("No job file at " + file + "; check the path", e);
        } catch (IOException e) {
            throw new JobFileException("Could not read the job " + file + ": " + e.getMessage(), e);
        }
        String source = file.getFileName().toString();
        Path directory = file.toAbsolutePath().getParent();
        try {
            return JobBinder.bind(YamlTree.read(text, source, "profile: warehouse"), source, directory);
        } catch (YamlTree.UnreadableYaml e) {
            throw new JobFileException(e.getMessage(), e);
        }
    }

    @Override
    public void write(LoadJob job, Path file) throws IOException {
        SecureFiles.writeAtomically(file, YamlTree.write(tree(job)));
    }

    private static Map<String, Object> tree(LoadJob job) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("profile", job.profile());
        tree.put("file", job.file().toString());
        Map<String, Object> source = source(job.source());
        if (!source.isEmpty()) {
            tree.put("source", source);
        }
        LoadChoices choices = job.choices();
        choices.schema().ifPresent(schema -> tree.put("schema", schema));
        choices.table().ifPresent(table -> tree.put("table", table));
        choices.mode().ifPresent(mode -> tree.put("mode", lower(mode)));
        if (!choices.mergeKeys().isEmpty()) {
            tree.put("merge_keys", choices.mergeKeys());
        }
        choices.path().ifPresent(path -> tree.put("path", lower(path)));
        choices.maxErrors().ifPresent(maxErrors -> tree.put("max_errors", maxErrors));
        Map<String, Object> columns = new LinkedHashMap<>();
        job.columns().stream()
                .filter(column -> !column.isDefault())
                .forEach(column -> columns.put(column.source(), column(column)));
        if (!columns.isEmpty()) {
            tree.put("columns", columns);
        }
        return tree;
    }

    private static Map<String, Object> source(JobSourceSettings settings) {
        Map<String, Object> source = new LinkedHashMap<>();
        settings.format().ifPresent(format -> source.put("format", lower(format)));
        settings.encoding().ifPresent(encoding -> source.put("encoding", encoding.name()));
        settings.delimiter().ifPresent(delimiter -> source.put("delimiter", character(delimiter)));
        settings.quote().ifPresent(quote -> source.put("quote", character(quote)));
        settings.header().ifPresent(header -> source.put("header", header));
        settings.skipLines().ifPresent(skipLines -> source.put("skip_lines", skipLines));
        settings.gzip().ifPresent(gzip -> source.put("gzip", gzip));
        settings.fillMissing().ifPresent(fill -> source.put("fill_missing", fill));
        settings.multilineValues().ifPresent(multiline -> source.put("multiline_values", multiline));
        settings.badBytes().ifPresent(badBytes -> source.put("on_bad_bytes", badBytes.word()));
        settings.nullTokens().ifPresent(tokens -> source.put("null_as", NullTokens.sorted(tokens)));
        settings.trim().ifPresent(trim -> source.put("trim", trim));
        return source;
    }

    private static Map<String, Object> column(JobColumn column) {
        Map<String, Object> choices = new LinkedHashMap<>();
        column.type().ifPresent(type -> choices.put("type", type.sql()));
        column.name().ifPresent(name -> choices.put("name", name));
        if (column.excluded()) {
            choices.put("excluded", true);
        }
        column.dateFormat().ifPresent(layout -> choices.put("date_format", layout.text()));
        return choices;
    }

    private static String character(char value) {
        return value == '\t' ? "tab" : String.valueOf(value);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
