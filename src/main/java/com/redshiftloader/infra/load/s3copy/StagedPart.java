package com.redshiftloader.infra.load.s3copy;

/**
 * One gzip CSV part as written, for mapping COPY's line numbers back to the source.
 *
 * @param name the object name under the run prefix ({@code part-00001.csv.gz})
 * @param rows records in the part
 * @param lines physical lines in the part (a value with a newline spans several)
 * @param firstSourceLine the source line of the part's first record
 */
record StagedPart(String name, long rows, long lines, long firstSourceLine) {}
