package com.redshiftloader.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The production logging: the hand-written lines match logback's patterns; the file appears with the first line. */
class LoggingConfiguratorTest {

    private final LoggerContext context = new LoggerContext();

    @ParameterizedTest
    @CsvSource(textBlock = """
            INFO,  com.redshiftloader.infra.jdbc.JdbcConnector, false
            WARN,  com.redshiftloader.infra.load.averyveryverylongpackagename.AndAVeryLongClassNameToo, false
            ERROR, org.postgresql.Driver, true
            DEBUG, Root, true
            """)
    void linesMatchLogbacksPatternLayout(String level, String logger, boolean withError) {
        LoggingEvent event = new LoggingEvent(
                "fqcn",
                context.getLogger(logger),
                Level.valueOf(level),
                "Loaded {} rows into {}",
                withError ? new IllegalStateException("outer", new RuntimeException("inner")) : null,
                new Object[] {42, "public.orders"});
        event.setThreadName("main");

        assertThat(layout(LogLineLayout.console()).doLayout(event))
                .isEqualTo(patternLayout("%d{HH:mm:ss.SSS} %-5level %logger{1} - %msg%n")
                        .doLayout(event));
        assertThat(layout(LogLineLayout.file()).doLayout(event))
                .isEqualTo(patternLayout("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n")
                        .doLayout(event));
    }

    @Test
    void theLogFileIsCreatedByTheFirstApplicationLineAndKeepsIt(@TempDir Path logs) throws Exception {
        context.setMDCAdapter(new LogbackMDCAdapter()); // as logback's SLF4J provider does
        LoggingConfigurator.configure(context, logs);
        context.getLogger("org.example.Library").info("below the libraries' WARN level");
        assertThat(logs.resolve("redshift-loader.log")).doesNotExist();

        context.getLogger("com.redshiftloader.app.Main").info("Scanned {}", "orders.csv");
        context.getLogger("com.redshiftloader.app.Main").info("Second line");
        context.stop();

        assertThat(Files.readAllLines(logs.resolve("redshift-loader.log")))
                .hasSize(2)
                .satisfiesExactly(
                        first -> assertThat(first)
                                .contains(" INFO  [main] com.redshiftloader.app.Main - Scanned orders.csv"),
                        second -> assertThat(second).endsWith(" - Second line"));
    }

    @Test
    void aLogFileThatCannotBeWrittenIsReportedInOneLineOnStandardError(@TempDir Path directory) throws Exception {
        Path notADirectory = Files.writeString(directory.resolve("plain-file"), "");
        context.setMDCAdapter(new LogbackMDCAdapter());
        LoggingConfigurator.configure(context, notADirectory.resolve("logs"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            context.getLogger("com.redshiftloader.app.Main").info("Scanned {}", "orders.csv");
            context.getLogger("com.redshiftloader.app.Main").info("Second line");
        } finally {
            System.setErr(original);
            context.stop();
        }

        assertThat(err.toString(StandardCharsets.UTF_8).lines())
                .singleElement()
                .asString()
                .contains(notADirectory
                        .resolve("logs")
                        .resolve("redshift-loader.log")
                        .toString())
                .contains("cannot be written");
    }

    private LogLineLayout layout(LogLineLayout layout) {
        layout.setContext(context);
        layout.start();
        return layout;
    }

    private PatternLayout patternLayout(String pattern) {
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.setPattern(pattern);
        layout.start();
        return layout;
    }
}
