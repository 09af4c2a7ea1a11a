package com.redshiftloader.infra.load;

import static com.redshiftloader.infra.load.LoadFixture.columns;
import static com.redshiftloader.infra.load.LoadFixture.plan;
import static com.redshiftloader.infra.load.LoadFixture.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.redshiftloader.domain.load.LoadEvent;
import com.redshiftloader.domain.load.LoadException;
import com.redshiftloader.domain.load.LoadMode;
import com.redshiftloader.domain.load.LoadPlan;
import com.redshiftloader.domain.profile.ConnectionProfile;
import com.redshiftloader.testinfra.PostgresDatabaseExtension;
import com.redshiftloader.testinfra.RedshiftStandInExtension;
import com.redshiftloader.testinfra.TestProfiles;
import com.redshiftloader.testinfra.redshift.RedshiftStandIn;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Neither the log nor the load's events ever hold the profile's password or a loaded value. */
@ExtendWith({PostgresDatabaseExtension.class, RedshiftStandInExtension.class})
class LoadLogSecretsTest {

    @TempDir
    Path directory;

    @Test
    void thePasswordAndTheValuesAreAbsentFromLogsAndEvents(RedshiftStandIn standIn) throws Exception {
        String password = standIn.database().password();
        ConnectionProfile profile = TestProfiles.bind(TestProfiles.standIn(standIn));
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> appender = startedAppender();
        Level before = root.getLevel();
        root.addAppender(appender);
        root.setLevel(Level.DEBUG);
        LoadFixture.Events events = new LoadFixture.Events();
        try {
            Path good = write(directory, "good.csv", "id,secret_value\n1,Top-Secret-Value-1\n");
            LoadFixture.loader().load(secretsPlan(profile, good), events);
            Path bad = write(directory, "bad.csv", "id,secret_value\n2,Top-Secret-Value-2\n2,\n");
            try (var connection = standIn.database().connect()) {
                LoadFixture.execute(connection, "ALTER TABLE secrets ALTER COLUMN secret_value SET NOT NULL");
            }
            assertThatThrownBy(() -> LoadFixture.loader().load(secretsPlan(profile, bad), events))
                    .isInstanceOf(LoadException.class);
        } finally {
            root.detachAppender(appender);
            root.setLevel(before);
        }

        assertThat(appender.list).isNotEmpty();
        for (ILoggingEvent event : appender.list) {
            String text = event.getFormattedMessage()
                    + (event.getThrowableProxy() == null
                            ? ""
                            : event.getThrowableProxy().getMessage());
            assertThat(text).doesNotContain(password).doesNotContain("Top-Secret-Value");
        }
        assertThat(events.all)
                .filteredOn(e -> e instanceof LoadEvent.Log)
                .map(e -> ((LoadEvent.Log) e).message())
                .isNotEmpty()
                .allSatisfy(
                        message -> assertThat(message).doesNotContain(password).doesNotContain("Top-Secret"));
    }

    private static ListAppender<ILoggingEvent> startedAppender() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        appender.start();
        return appender;
    }

    private static LoadPlan secretsPlan(ConnectionProfile profile, Path file) {
        return plan(profile, file, "secrets", columns("id:INTEGER", "secret_value:VARCHAR(30)"), LoadMode.APPEND);
    }
}
