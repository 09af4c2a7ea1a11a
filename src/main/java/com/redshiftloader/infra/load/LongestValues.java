package com.redshiftloader.infra.load;

import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.source.NullTokens;
import com.redshiftloader.domain.source.RecordReader;
import com.redshiftloader.domain.source.SourceFormatException;
import com.redshiftloader.domain.source.SourceRecord;
import com.redshiftloader.infra.files.SourceReaders;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The longest value of some columns of the file, in UTF-8 bytes, with the line it is on: one streaming pass, run
 * only when an existing text column looks narrower than the file's inferred type (which rounds sizes up), so that a
 * table whose columns do hold every value is loaded, and one that does not is reported before loading.
 */
final class LongestValues {

    /** A column's longest value: its size in UTF-8 bytes and its source line (0 when the column is all NULL). */
    record Longest(int bytes, long line) {}

    private LongestValues() {}

    /** @param positions the source positions of the columns to measure */
    static Map<Integer, Longest> measure(LoadPlan plan, Set<Integer> positions) throws LoadException {
        NullTokens nulls = new NullTokens(plan.settings().nullTokens());
        Map<Integer, Longest> longest = new HashMap<>();
        positions.forEach(position -> longest.put(position, new Longest(0, 0)));
        try (RecordReader reader = SourceReaders.open(plan.file(), plan.settings())) {
            Optional<SourceRecord> next;
            while ((next = reader.next()).isPresent()) {
                SourceRecord record = next.get();
                for (int position : positions) {
                    String value = record.field(position).orElse(null);
                    if (value == null || nulls.matches(value)) {
                        continue;
                    }
                    int bytes = utf8Length(value);
                    if (bytes > longest.get(position).bytes()) {
                        longest.put(position, new Longest(bytes, record.line()));
                    }
                }
            }
        } catch (SourceFormatException e) {
            throw new LoadException(e.getMessage(), "Fix the file, or check its settings (delimiter, quote).", e);
        }
        return longest;
    }

    private static int utf8Length(String value) {
        int ascii = 0;
        while (ascii < value.length() && value.charAt(ascii) < 0x80) {
            ascii++;
        }
        return ascii == value.length() ? ascii : ascii + value.substring(ascii).getBytes(StandardCharsets.UTF_8).length;
    }
}
