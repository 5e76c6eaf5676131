package org.sanling.platform;

import jakarta.persistence.Entity;
import org.flywaydb.core.Flyway;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The migrations create exactly the schema the entities expect: Flyway migrates an empty database,
 * then Hibernate validates every entity of the module against it. On H2 (PostgreSQL mode, as the server
 * runs it) always; on PostgreSQL too when {@code POSTGRESQL_URL} is set, in a schema of its own.
 */
class SchemaValidationTest {

    @Test
    void entitiesMatchTheMigrationsOnH2() throws Exception {
        String url = "jdbc:h2:mem:schema-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        migrateAndValidate(url, "sa", "sa", null);
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "POSTGRESQL_URL", matches = ".+")
    void entitiesMatchTheMigrationsOnPostgreSql() throws Exception {
        String url = System.getenv("POSTGRESQL_URL");
        String user = System.getenv().getOrDefault("POSTGRESQL_USER", "postgres");
        String password = System.getenv().getOrDefault("POSTGRESQL_PASSWORD", "");
        String schema = "schema_check_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            migrateAndValidate(url, user, password, schema);
        } finally {
            try (var connection = DriverManager.getConnection(url, user, password);
                 var statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private static void migrateAndValidate(String url, String user, String password, String schema) throws Exception {
        var flyway = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration");
        if (schema != null) {
            flyway.schemas(schema);
        }
        flyway.load().migrate();

        var settings = new java.util.HashMap<String, Object>(Map.of(
                "hibernate.connection.url", url,
                "hibernate.connection.username", user,
                "hibernate.connection.password", password,
                "hibernate.hbm2ddl.auto", "validate"));
        if (schema != null) {
            settings.put("hibernate.default_schema", schema);
        }
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        try {
            var sources = new MetadataSources(registry);
            List<Class<?>> entities = entityClasses();
            assertFalse(entities.isEmpty());
            entities.forEach(sources::addAnnotatedClass);
            sources.buildMetadata().buildSessionFactory().close();
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    /** Every {@code @Entity} compiled in this module, so a new entity is validated without a list to update. */
    private static List<Class<?>> entityClasses() throws IOException, URISyntaxException {
        // target/classes: the migrations are resources of the main code, two levels below its root.
        Path classes = Path.of(SchemaValidationTest.class.getResource("/db/migration").toURI()).getParent().getParent();
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(SchemaValidationTest::load)
                    .filter(c -> c.isAnnotationPresent(Entity.class))
                    .<Class<?>>map(c -> c)
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SchemaValidationTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
