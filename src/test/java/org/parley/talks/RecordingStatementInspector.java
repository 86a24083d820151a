package org.parley.talks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/** Keeps the SQL Hibernate sends, for tests that look at what a request asks of the database. */
public class RecordingStatementInspector implements StatementInspector {

    private static final List<String> STATEMENTS = Collections.synchronizedList(new ArrayList<>());

    @Override
    public String inspect(String sql) {
        STATEMENTS.add(sql);
        return sql;
    }

    static void clear() {
        STATEMENTS.clear();
    }

    static List<String> statements() {
        synchronized (STATEMENTS) {
            return List.copyOf(STATEMENTS);
        }
    }
}
