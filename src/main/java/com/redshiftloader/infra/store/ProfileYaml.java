package com.redshiftloader.infra.store;

import com.redshiftloader.domain.profile.ProfileFileException;
import com.redshiftloader.domain.profile.ProfileKey;
import com.redshiftloader.domain.profile.ProfileProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads profile YAML into key paths keeping each key's line, and writes profiles as plain Mage-style YAML. */
final class ProfileYaml {

    private ProfileYaml() {}

    /** Parses the text of a profile file; {@code source} names it in messages. */
    static LocatedYaml read(String text, String source) throws ProfileFileException {
        Map<String, YamlTree.Entry> tree;
        try {
            tree = YamlTree.read(text, source, "host: my-cluster.abc123.us-west-2.redshift.amazonaws.com");
        } catch (YamlTree.UnreadableYaml e) {
            throw new ProfileFileException(e.getMessage(), e);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        tree.forEach((key, entry) -> {
            if (ProfileKey.GROUPS.contains(key) && entry.value() instanceof Map<?, ?> group) {
                lines.put(key, entry.line());
                group.forEach((name, nested) -> put(key + "." + name, (YamlTree.Entry) nested, values, lines));
            } else {
                put(key, entry, values, lines);
            }
        });
        return new LocatedYaml(source, values, lines);
    }

    private static void put(String path, YamlTree.Entry entry, Map<String, Object> values, Map<String, Integer> lines) {
        values.put(path, plain(entry.value()));
        lines.put(path, entry.line());
    }

    /** A value without line information: what the binder checks (a nested mapping stays a map, to be refused). */
    private static Object plain(Object value) {
        if (value instanceof Map<?, ?> mapping) {
            Map<String, Object> plain = new LinkedHashMap<>();
            mapping.forEach((key, nested) -> plain.put((String) key, plain(((YamlTree.Entry) nested).value())));
            return plain;
        }
        if (value instanceof List<?> items) {
            return items.stream().map(ProfileYaml::plain).toList();
        }
        return value;
    }

    /** Writes keys given as paths back as nested YAML, in the given order. */
    static String write(Map<String, Object> entries) {
        Map<String, Object> tree = new LinkedHashMap<>();
        entries.forEach((path, value) -> {
            int dot = path.indexOf('.');
            if (dot < 0) {
                tree.put(path, value);
            } else {
                @SuppressWarnings("unchecked")
                Map<String, Object> group = (Map<String, Object>)
                        tree.computeIfAbsent(path.substring(0, dot), g -> new LinkedHashMap<String, Object>());
                group.put(path.substring(dot + 1), value);
            }
        });
        return YamlTree.write(tree);
    }

    /** "unknown key 'pasword' at prod.yaml:4 — did you mean 'password'?" or "'port' at prod.yaml:3 must be …". */
    static String describe(ProfileProblem problem, LocatedYaml yaml) {
        String unknownPrefix = "unknown key '" + problem.key() + "'";
        if (problem.message().startsWith(unknownPrefix)) {
            return unknownPrefix + " at " + yaml.locate(problem.key())
                    + problem.message().substring(unknownPrefix.length());
        }
        return "'" + problem.key() + "' at " + yaml.locate(problem.key()) + " " + problem.message();
    }
}
