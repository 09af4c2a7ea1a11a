package com.redshiftloader.infra.load.stage;

import com.redshiftloader.domain.load.LoadListener;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Runs the loader's own statements (no bound values), logging each one redacted before it runs. */
public final class SqlRunner {

    private final Connection connection;
    private final LoadListener listener;

    public SqlRunner(Connection connection, LoadListener listener) {
        this.connection = connection;
        this.listener = listener;
    }

    Connection connection() {
        return connection;
    }

    public LoadListener listener() {
        return listener;
    }

    /** Runs a statement; returns its update count (0 when it has none). */
    public long update(String sql) throws SQLException {
        LoadLog.sql(listener, sql);
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            return Math.max(0, statement.getLargeUpdateCount());
        }
    }

    public void updateAll(List<String> statements) throws SQLException {
        for (String sql : statements) {
            update(sql);
        }
    }

    public long count(String sql) throws SQLException {
        LoadLog.sql(listener, sql);
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
