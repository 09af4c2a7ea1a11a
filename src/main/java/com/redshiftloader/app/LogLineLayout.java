package com.redshiftloader.app;

import ch.qos.logback.classic.pattern.Abbreviator;
import ch.qos.logback.classic.pattern.TargetLengthBasedClassNameAbbreviator;
import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.util.CachingDateFormatter;

/**
 * One log line, exactly as logback's {@code PatternLayout} writes
 * {@code %d{DATE} %-5level [%thread] %logger{N} - %msg%n} (the thread optional), followed by the stack trace when
 * there is one. Written out by hand because starting a {@code PatternLayout} (its registry of some fifty converters,
 * the pattern parser) cost about a tenth of a second of every command's start.
 */
final class LogLineLayout extends LayoutBase<ILoggingEvent> {

    private static final int LEVEL_WIDTH = 5;

    private final String datePattern;
    private final boolean withThread;
    private final Abbreviator loggerNames;
    private final ThrowableProxyConverter stackTraces = new ThrowableProxyConverter();
    // Made on the first line, not at start: loading the time-zone rules is wasted on a command that logs nothing.
    private volatile CachingDateFormatter dates;

    private LogLineLayout(String datePattern, boolean withThread, int loggerNameLength) {
        this.datePattern = datePattern;
        this.withThread = withThread;
        this.loggerNames = new TargetLengthBasedClassNameAbbreviator(loggerNameLength);
    }

    /** {@code %d{HH:mm:ss.SSS} %-5level %logger{1} - %msg%n}: library warnings on standard error. */
    static LogLineLayout console() {
        return new LogLineLayout("HH:mm:ss.SSS", false, 1);
    }

    /** {@code %d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n}: the application's log file. */
    static LogLineLayout file() {
        return new LogLineLayout("yyyy-MM-dd HH:mm:ss.SSS", true, 36);
    }

    @Override
    public void start() {
        stackTraces.setContext(getContext());
        stackTraces.start();
        super.start();
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(128);
        line.append(dates().format(event.getTimeStamp())).append(' ');
        String level = event.getLevel().toString();
        line.append(level)
                .repeat(' ', Math.max(0, LEVEL_WIDTH - level.length()))
                .append(' ');
        if (withThread) {
            line.append('[').append(event.getThreadName()).append("] ");
        }
        line.append(loggerNames.abbreviate(event.getLoggerName()))
                .append(" - ")
                .append(event.getFormattedMessage())
                .append(CoreConstants.LINE_SEPARATOR)
                .append(stackTraces.convert(event));
        return line.toString();
    }

    private CachingDateFormatter dates() {
        CachingDateFormatter formatter = dates;
        if (formatter == null) {
            formatter = new CachingDateFormatter(datePattern); // thread-safe; two threads may each make one
            dates = formatter;
        }
        return formatter;
    }
}
