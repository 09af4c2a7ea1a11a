package com.redshiftloader.testinfra;

import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test class a fresh database on the JVM's embedded PostgreSQL. Tests receive it as a
 * {@link TestDatabase} parameter (constructor, lifecycle or test method).
 */
public final class PostgresDatabaseExtension implements BeforeAllCallback, ParameterResolver {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(PostgresDatabaseExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        database(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        try {
            return database(extensionContext);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database", e);
        }
    }

    /** The test class's database, created on first use; shared with extensions such as the Redshift stand-in's. */
    static TestDatabase database(ExtensionContext context) throws SQLException {
        ExtensionContext classContext = classContext(context);
        TestDatabase existing = classContext.getStore(NAMESPACE).get("database", TestDatabase.class);
        if (existing != null) {
            return existing;
        }
        TestDatabase created = create(classContext.getRequiredTestClass().getSimpleName());
        classContext.getStore(NAMESPACE).put("database", created);
        return created;
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    /** A fresh database on the shared server (also for benchmarks outside JUnit). */
    public static TestDatabase create(String hint) throws SQLException {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.get();
        String name =
                "t_" + hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_" + COUNTER.incrementAndGet();
        server.execute("postgres", "CREATE DATABASE " + name + " OWNER " + EmbeddedPostgresServer.LOGIN_USER);
        server.execute(name, "ALTER SCHEMA public OWNER TO " + EmbeddedPostgresServer.LOGIN_USER);
        server.execute(name, TestDatabase.REDSHIFT_COMPATIBILITY_SQL);
        return new TestDatabase(server, name);
    }
}
