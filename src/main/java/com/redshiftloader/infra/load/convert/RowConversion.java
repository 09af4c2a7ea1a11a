package com.redshiftloader.infra.load.convert;

import com.redshiftloader.domain.source.SourceRecord;

/** The result of converting one source record: a row for the stage, or the value that could not be converted. */
public sealed interface RowConversion {

    record Converted(StageRow row) implements RowConversion {}

    /**
     * @param record the raw record (for the rejects file)
     * @param column the target column name
     * @param value the raw value
     * @param reason why it cannot be converted
     */
    record Failed(SourceRecord record, String column, String value, String reason) implements RowConversion {}
}
