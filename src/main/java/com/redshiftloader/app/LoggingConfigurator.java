package com.redshiftloader.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.spi.LifeCycle;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;

/**
 * The application's logging, set up in code (found by logback through {@code META-INF/services}): parsing an XML
 * configuration cost about half a second of every command's start. The application's own INFO log (SQL redacted,
 * no values, no secrets) goes only to a rolling file in the directory named by {@code redshiftloader.logDir} (10 MB
 * files, 14 days, 200 MB in all): the command line prints what the user needs itself (progress, warnings, errors,
 * the dry run's SQL) and the window shows the load's log. Libraries' warnings go to standard error, so that command
 * output on standard output stays machine-readable. Apache HttpClient's wire and header logs, which carry temporary
 * passwords and session tokens, stay off whatever the root level.
 *
 * <p>A {@code logback.configurationFile} system property or a {@code logback-test.xml} on the class path (the tests)
 * takes precedence: this configurator then steps aside.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LoggingConfigurator extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LoggingConfigurator.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        configure(context, logDirectory());
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Configures {@code context} with the rolling file under {@code logDirectory}. */
    static void configure(LoggerContext context, Path logDirectory) {
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("STDERR");
        console.setTarget("System.err");
        console.setEncoder(encoder(context, LogLineLayout.console()));
        console.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(logDirectory.resolve("redshift-loader.log").toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(file);
        policy.setFileNamePattern(
                logDirectory.resolve("redshift-loader.%d{yyyy-MM-dd}.%i.log.gz").toString());
        policy.setMaxFileSize(FileSize.valueOf("10MB"));
        policy.setMaxHistory(14);
        policy.setTotalSizeCap(FileSize.valueOf("200MB"));
        file.setRollingPolicy(policy);
        file.setEncoder(encoder(context, LogLineLayout.file()));
        StartOnFirstEvent lazyFile = new StartOnFirstEvent(policy, file);
        lazyFile.setContext(context);
        lazyFile.setName("FILE_ON_FIRST_EVENT");
        lazyFile.start();

        Logger application = context.getLogger("com.redshiftloader");
        application.setLevel(Level.INFO);
        application.setAdditive(false);
        application.addAppender(lazyFile);
        context.getLogger("org.apache.http.wire").setLevel(Level.OFF);
        context.getLogger("org.apache.http.headers").setLevel(Level.OFF);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(console);
    }

    private static LayoutWrappingEncoder<ILoggingEvent> encoder(LoggerContext context, LogLineLayout layout) {
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        return encoder;
    }

    private static Path logDirectory() {
        String configured = System.getProperty(Main.LOG_DIRECTORY_PROPERTY);
        return configured != null
                ? Path.of(configured)
                : Path.of(System.getProperty("java.io.tmpdir"), "redshift-loader-logs");
    }

    /**
     * Starts the rolling file on the first event it is given: starting the rolling policy (date patterns, a listing
     * of the log directory) cost about a tenth of a second that a command logging nothing ({@code --version},
     * {@code --help}, a usage error) need not pay.
     */
    static final class StartOnFirstEvent extends UnsynchronizedAppenderBase<ILoggingEvent> {

        private final LifeCycle policy;
        private final RollingFileAppender<ILoggingEvent> file;
        private volatile boolean fileStarted;

        StartOnFirstEvent(LifeCycle policy, RollingFileAppender<ILoggingEvent> file) {
            this.policy = policy;
            this.file = file;
        }

        @Override
        protected void append(ILoggingEvent event) {
            if (!fileStarted) {
                startFile();
            }
            file.doAppend(event);
        }

        private synchronized void startFile() {
            if (!fileStarted) {
                policy.start();
                file.start();
                fileStarted = true;
                if (!file.isStarted()) {
                    // Started with the configuration, logback printed its whole status list on standard output.
                    System.err.println("The log file " + file.getFile()
                            + " cannot be written (check the directory's permissions); this run is not logged.");
                }
            }
        }

        @Override
        public void stop() {
            synchronized (this) {
                if (fileStarted) {
                    file.stop();
                }
            }
            super.stop();
        }
    }
}
