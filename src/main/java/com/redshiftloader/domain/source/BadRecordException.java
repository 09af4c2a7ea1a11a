package com.redshiftloader.domain.source;

/**
 * One record of a source file cannot be a row (a delimited record with another number of fields than the file has
 * columns). Unlike a {@link SourceFormatException} the reader can go on past it: a load with a reject budget sets
 * the record aside and reads the next one.
 */
public final class BadRecordException extends RuntimeException {

    private final transient SourceRecord record;
    private final String problem;

    /**
     * @param record the record as read, for the rejects file
     * @param location the file and line, as the message starts
     * @param problem what is wrong and what to do, without the location
     */
    public BadRecordException(SourceRecord record, String location, String problem) {
        super(location + ": " + problem);
        this.record = record;
        this.problem = problem;
    }

    public SourceRecord record() {
        return record;
    }

    /** What is wrong, without the location (the reason in a rejects file). */
    public String problem() {
        return problem;
    }
}
