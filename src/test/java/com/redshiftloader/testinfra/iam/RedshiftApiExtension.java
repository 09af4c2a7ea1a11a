package com.redshiftloader.testinfra.iam;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one {@link RedshiftApiServer} per test class (stopped after the class) and hands it to tests as a
 * parameter. Before each test the server forgets earlier requests and grants access again, so tests do not see
 * each other's modes; registered keys, clusters and workgroups are kept for the class.
 */
public final class RedshiftApiExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(RedshiftApiExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        server(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        server(context).reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == RedshiftApiServer.class || type == RedshiftApiClients.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        RedshiftApiServer server = server(extensionContext);
        return parameterContext.getParameter().getType() == RedshiftApiServer.class
                ? server
                : new RedshiftApiClients(server);
    }

    private static RedshiftApiServer server(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent()
                && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        // The store closes AutoCloseable values when the class context ends, which stops the server.
        return classContext
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent("server", key -> RedshiftApiServer.start(), RedshiftApiServer.class);
    }
}
