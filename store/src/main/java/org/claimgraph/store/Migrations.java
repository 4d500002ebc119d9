package org.claimgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a store's schema up to date: the scripts {@code migrations/V<n>__<name>.sql} beside this class run in order,
 * each in one transaction with the row that records it in {@code schema_version}. The same scripts serve H2 and
 * PostgreSQL, so they keep to the SQL both accept.
 */
final class Migrations {

    /** The scripts, in order; the number of a script is its position, from 1. Append, never edit or reorder. */
    static final List<String> SCRIPTS = List.of("V1__corpus.sql", "V2__weak_keys.sql");

    private Migrations() {}

    /** The schema version this build writes and reads. */
    static int latest() {
        return SCRIPTS.size();
    }

    /** Applies every script the store has not seen yet; returns the store's version afterwards. */
    static int apply(Connection connection, String where) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            createVersionTable(connection);
            int current = current(connection);
            if (current > latest()) {
                throw new StoreException("The store at " + where + " has schema version " + current
                        + ", newer than this claimgraph reads (" + latest() + "). Use a newer claimgraph, or "
                        + "another --store / --db.");
            }
            for (int version = current + 1; version <= latest(); version++) {
                try (Statement statement = connection.createStatement()) {
                    for (String sql : statements(SCRIPTS.get(version - 1))) {
                        statement.execute(sql);
                    }
                }
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO schema_version (version_number, script, applied_at) VALUES (?, ?, ?)")) {
                    insert.setInt(1, version);
                    insert.setString(2, SCRIPTS.get(version - 1));
                    insert.setString(3, Instant.now().toString());
                    insert.executeUpdate();
                }
                connection.commit();
            }
            return latest();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void createVersionTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version_number INTEGER PRIMARY KEY, "
                    + "script VARCHAR(200) NOT NULL, applied_at VARCHAR(64) NOT NULL)");
        }
        connection.commit();
    }

    static int current(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT MAX(version_number) FROM schema_version")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** The SQL statements of a script: separated by lines that hold only ';', comment lines dropped. */
    static List<String> statements(String script) {
        String text;
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + script)) {
            if (in == null) {
                throw new IllegalStateException("migration script missing from the build: " + script);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration script " + script, e);
        }
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.equals(";")) {
                if (!current.toString().isBlank()) {
                    statements.add(current.toString().strip());
                }
                current.setLength(0);
            } else if (!trimmed.startsWith("--")) {
                current.append(line).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
