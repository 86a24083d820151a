package org.parley.common.persistence;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionFactoryConfiguration;
import io.agroal.api.security.SimplePassword;

/**
 * A connection of its own to the configured database, straight from its driver, outside the pool: for the start-up
 * check (no retries) and for PostgreSQL's LISTEN, which belongs to one connection for as long as it listens.
 */
public final class DirectConnection {

    private DirectConnection() {
    }

    /** Opens one; null when this build's driver does not take the configured url (the driver's way of saying so). */
    public static Connection open(AgroalDataSource dataSource) throws SQLException {
        AgroalConnectionFactoryConfiguration factory = factory(dataSource);
        Properties properties = new Properties();
        properties.putAll(factory.jdbcProperties());
        properties.computeIfPresent("TRACE_LEVEL_FILE", (k, v) -> "0"); // H2 would log a failure again, with its trace
        if (factory.principal() != null) {
            properties.put("user", factory.principal().getName());
        }
        factory.credentials().stream().filter(SimplePassword.class::isInstance)
                .forEach(password -> properties.put("password", ((SimplePassword) password).getWord()));
        Driver driver;
        try {
            driver = (Driver) factory.connectionProviderClass().getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new SQLException("no JDBC driver: " + e, e);
        }
        return driver.connect(factory.jdbcUrl(), properties);
    }

    /** The configured url, with any password in it masked, for messages. */
    public static String url(AgroalDataSource dataSource) {
        return factory(dataSource).jdbcUrl().replaceAll("(?i)(password=)[^;&]*", "$1***");
    }

    /** The simple name of this build's driver class. */
    public static String driver(AgroalDataSource dataSource) {
        return factory(dataSource).connectionProviderClass().getSimpleName();
    }

    private static AgroalConnectionFactoryConfiguration factory(AgroalDataSource dataSource) {
        return dataSource.getConfiguration().connectionPoolConfiguration().connectionFactoryConfiguration();
    }
}
