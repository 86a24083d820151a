package org.parley.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one decision of what the database kind changes. */
class DatabaseTest {

    @Test
    void theTwoKindsAndWhatDiffers() {
        assertEquals(Database.H2, Database.of("h2"));
        assertEquals(Database.POSTGRESQL, Database.of("postgresql"));
        assertFalse(Database.H2.shared());
        assertFalse(Database.H2.takesStatementTimeouts());
        assertFalse(Database.H2.fullText());
        assertTrue(Database.POSTGRESQL.shared());
        assertTrue(Database.POSTGRESQL.takesStatementTimeouts());
        assertTrue(Database.POSTGRESQL.fullText());
    }

    @Test
    void anotherKindIsRefusedByName() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Database.of("mariadb"));
        assertTrue(refused.getMessage().contains("mariadb"), refused.getMessage());
    }
}
