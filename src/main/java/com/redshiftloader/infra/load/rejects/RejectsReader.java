package com.redshiftloader.infra.load.rejects;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;
import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.RejectedRows;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the rejects file {@link RejectsWriter} writes: the header {@code line,reason,fields}, then per row its line,
 * reason and raw fields. RFC 4180 quoting, as written: a doubled quote is a quote, a backslash is itself.
 */
public final class RejectsReader implements RejectedRows {

    @Override
    public Page read(Path rejectsFile, int limit) throws LoadException {
        List<Rejected> rows = new ArrayList<>();
        long more = 0;
        try (CSVReader csv = new CSVReaderBuilder(Files.newBufferedReader(rejectsFile, StandardCharsets.UTF_8))
                .withCSVParser(new RFC4180ParserBuilder().build())
                .withSkipLines(1)
                .build()) {
            for (String[] record = csv.readNext(); record != null; record = csv.readNext()) {
                if (rows.size() < limit) {
                    rows.add(rejected(record));
                } else {
                    more++;
                }
            }
        } catch (IOException | CsvValidationException e) {
            throw new LoadException(
                    "Could not read the rejects file " + rejectsFile + ": " + e.getMessage(),
                    "Open the file in a text editor or a spreadsheet.",
                    e);
        }
        return new Page(rows, more);
    }

    private static Rejected rejected(String[] record) {
        long line;
        try {
            line = Long.parseLong(record[0].strip());
        } catch (NumberFormatException e) {
            line = 0;
        }
        String reason = record.length > 1 ? record[1] : "";
        List<String> fields = record.length > 2 ? Arrays.asList(record).subList(2, record.length) : List.of();
        return new Rejected(line, reason, fields);
    }
}
