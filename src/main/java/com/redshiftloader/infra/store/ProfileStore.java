package com.redshiftloader.infra.store;

import com.redshiftloader.domain.profile.BindResult;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.domain.profile.ProfileBinder;
import com.redshiftloader.domain.profile.ProfileCatalog;
import com.redshiftloader.domain.profile.ProfileEntries;
import com.redshiftloader.domain.profile.ProfileFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The saved profiles: one {@code <name>.yaml} per profile in a directory. Secrets go to an owner-only
 * {@code .secrets/<name>.yaml} beside them unless the profile keeps them inline (Mage style); every file is written
 * atomically with mode 0600.
 */
public final class ProfileStore implements ProfileCatalog {

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _.-]{0,99}");
    private static final String EXTENSION = ".yaml";

    private final Path directory;
    private final ProfileBinder binder;

    public ProfileStore(Path directory, ProfileBinder binder) {
        this.directory = directory;
        this.binder = binder;
    }

    @Override
    public Path directory() {
        return directory;
    }

    /** The names of the saved profiles, sorted. */
    @Override
    public List<String> list() throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(EXTENSION) && !file.startsWith("."))
                    .map(file -> file.substring(0, file.length() - EXTENSION.length()))
                    .sorted(String.CASE_INSENSITIVE_ORDER)
                    .toList();
        }
    }

    @Override
    public boolean exists(String name) {
        return Files.isRegularFile(profileFile(name));
    }

    /** Loads a saved profile with its secrets. */
    @Override
    public ConnectionProfile load(String name) throws ProfileFileException {
        checkName(name);
        return read(profileFile(name), name, secretsFile(name));
    }

    /** Loads a profile from any YAML file (a Mage config, a shared profile); named after the file. */
    @Override
    public ConnectionProfile loadFile(Path file) throws ProfileFileException {
        String fileName = file.getFileName().toString();
        String name = fileName.replaceFirst("\\.(ya?ml)$", "");
        Path secrets = file.toAbsolutePath().getParent().resolve(".secrets").resolve(fileName);
        return read(file, name, secrets);
    }

    /** Saves the profile under its name, secrets apart unless it keeps them inline. */
    public void save(ConnectionProfile profile) throws IOException {
        checkName(profile.name());
        Map<String, Object> entries = ProfileEntries.of(profile);
        Map<String, Object> secrets = new LinkedHashMap<>();
        if (!profile.secretsInline()) {
            entries.keySet().removeIf(key -> {
                if (ProfileEntries.isSecret(key) && !entries.get(key).toString().startsWith("${env:")) {
                    secrets.put(key, entries.get(key));
                    return true;
                }
                return false;
            });
        }
        SecureFiles.writeAtomically(profileFile(profile.name()), ProfileYaml.write(entries));
        if (secrets.isEmpty()) {
            Files.deleteIfExists(secretsFile(profile.name()));
        } else {
            SecureFiles.ensureDirectory(secretsFile(profile.name()).getParent());
            SecureFiles.writeAtomically(secretsFile(profile.name()), ProfileYaml.write(secrets));
        }
    }

    public void delete(String name) throws IOException {
        checkName(name);
        Files.deleteIfExists(profileFile(name));
        Files.deleteIfExists(secretsFile(name));
    }

    /** Imports a Mage YAML (or any profile file) as a saved profile; its inline secrets move to the secrets file. */
    public ConnectionProfile importFile(Path file, String name) throws IOException, ProfileFileException {
        refuseExisting(name);
        ConnectionProfile imported = loadFile(file).withName(name);
        save(imported);
        return imported;
    }

    private ConnectionProfile read(Path file, String name, Path secrets) throws ProfileFileException {
        String source = file.getFileName().toString();
        LocatedYaml yaml = ProfileYaml.read(readText(file), source);
        Map<String, Object> values = new LinkedHashMap<>(yaml.values());
        if (Files.isRegularFile(secrets)) {
            ProfileYaml.read(readText(secrets), secrets.getFileName().toString())
                    .values()
                    .forEach(values::putIfAbsent);
        }
        return switch (binder.bind(name, values)) {
            case BindResult.Valid valid -> valid.profile();
            case BindResult.Invalid invalid ->
                throw new ProfileFileException(invalid.problems().stream()
                        .map(problem -> ProfileYaml.describe(problem, yaml))
                        .toList());
        };
    }

    private static String readText(Path file) throws ProfileFileException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ProfileFileException("No profile file at " + file + "; check the name or path", e);
        } catch (IOException e) {
            throw new ProfileFileException("Could not read the profile " + file + ": " + e.getMessage(), e);
        }
    }

    private void refuseExisting(String name) {
        checkName(name);
        if (exists(name)) {
            throw new IllegalArgumentException("A profile named '" + name + "' exists already; choose another name");
        }
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "'" + name
                            + "' cannot be a profile name: use letters, digits, spaces, '_', '-' or '.', starting with a letter or digit, at most 100 characters");
        }
    }

    private Path profileFile(String name) {
        return directory.resolve(name + EXTENSION);
    }

    private Path secretsFile(String name) {
        return directory.resolve(".secrets").resolve(name + EXTENSION);
    }
}
