package com.redshiftloader.testinfra;

import com.redshiftloader.testinfra.redshift.RedshiftStandIn;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one {@link RedshiftStandIn} per test class in front of the class's {@link TestDatabase} (the same database
 * {@link PostgresDatabaseExtension} gives, if the class uses both) and stops it after the class. Tests receive it as
 * a {@link RedshiftStandIn} parameter (constructor, lifecycle or test method).
 */
public final class RedshiftStandInExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(RedshiftStandInExtension.class);
    private static final String KEY = "standIn";

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        standIn(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        RedshiftStandIn standIn = context.getStore(NAMESPACE).remove(KEY, RedshiftStandIn.class);
        if (standIn != null) {
            standIn.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == RedshiftStandIn.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        try {
            return standIn(extensionContext);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database for the Redshift stand-in", e);
        }
    }

    private static RedshiftStandIn standIn(ExtensionContext context) throws SQLException {
        ExtensionContext classContext = classContext(context);
        ExtensionContext.Store store = classContext.getStore(NAMESPACE);
        RedshiftStandIn existing = store.get(KEY, RedshiftStandIn.class);
        if (existing != null) {
            return existing;
        }
        RedshiftStandIn started = RedshiftStandIn.start(PostgresDatabaseExtension.database(classContext));
        store.put(KEY, started);
        return started;
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }
}
