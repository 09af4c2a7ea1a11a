package com.redshiftloader.infra.load.pgcopy;

import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.source.RecordReader;
import com.redshiftloader.domain.source.SourceRecord;
import com.redshiftloader.infra.files.SourceReaders;
import com.redshiftloader.infra.load.convert.RowConversion;
import com.redshiftloader.infra.load.convert.RowConverter;
import com.redshiftloader.infra.load.stage.LoadFailures;
import com.redshiftloader.infra.load.stage.RowSource;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;

/**
 * Maps a PostgreSQL COPY error back to the source file: the server names the COPY data line, which is the header
 * plus the n-th converted row; the file is read again (streaming) to find that row's source line.
 */
final class CopyErrors {

    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    private CopyErrors() {}

    static LoadException describe(RowSource source, SQLException error) {
        LoadPlan plan = source.plan();
        String where = error instanceof PSQLException psql && psql.getServerErrorMessage() != null
                ? String.valueOf(psql.getServerErrorMessage().getWhere())
                : String.valueOf(error.getMessage());
        Matcher line = LINE.matcher(where);
        if (!line.find()) {
            return new LoadException(
                    "The database refused the data: " + LoadFailures.firstLine(error.getMessage())
                            + ". Nothing was loaded.",
                    "Fix the value or the column's type.",
                    error);
        }
        long dataRow = Long.parseLong(line.group(1)) - 1;
        long sourceLine = sourceLineOf(source, dataRow);
        return LoadFailures.badRow(plan, sourceLine, Optional.empty(), error);
    }

    /** The source line of the n-th row (1-based) that was sent: it converts and was not set aside. */
    private static long sourceLineOf(RowSource source, long row) {
        LoadPlan plan = source.plan();
        RowConverter converter = new RowConverter(plan.columns(), plan.settings(), source.patterns());
        long seen = 0;
        try (RecordReader reader = SourceReaders.open(plan.file(), plan.settings())) {
            Optional<SourceRecord> next;
            while ((next = reader.next()).isPresent()) {
                if (!source.refused().containsKey(next.get().line())
                        && converter.convert(next.get()) instanceof RowConversion.Converted
                        && ++seen == row) {
                    return next.get().line();
                }
            }
        }
        return 0;
    }
}
