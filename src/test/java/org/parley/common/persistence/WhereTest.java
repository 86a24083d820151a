package org.parley.common.persistence;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Filters from optional arguments: what is absent adds nothing, what is present is bound, never spliced. */
class WhereTest {

    @Test
    void absentArgumentsAddNothing() {
        Where where = new Where().and("status = :status", "status", null).contains("city", "city", null)
                .contains("city", "city", "  ").andIf(false, "x");
        assertThat(where.conditions(), is(""));
        assertThat(where.query("id"), is("order by id"));
        assertThat(where.parameters(), is(Map.of()));
    }

    @Test
    void conditionsKeepTheirWordsAndNameTheirValues() {
        Where where = new Where().and("status = :status", "status", "HELD")
                .andAll("heldOn between :from and :to", Map.of("from", 1, "to", 2))
                .and("(a = :x or b = :x)", "x", "x");
        assertThat(where.conditions(), is("status = :status and heldOn between :from and :to and (a = :x or b = :x)"));
        assertThat(where.parameters(), is(Map.of("status", "HELD", "from", 1, "to", 2, "x", "x")));
    }

    @Test
    void aNameCannotBeBoundTwice() {
        assertThrows(IllegalArgumentException.class, () -> new Where().and("a = :v", "v", 1).and("b = :v", "v", 2));
    }

    @Test
    void containsIsCaseInsensitiveAndEscapesWildcards() {
        Where where = new Where().contains("city", "city", " 50%_Is\\tanbul ");
        assertThat(where.conditions(), is("lower(city) like :city escape '\\'"));
        assertThat(where.parameters(), is(Map.of("city", "%50\\%\\_is\\\\tanbul%")));
    }

    @Test
    void aCopyGoesItsOwnWay() {
        Where base = new Where().and("a = :a", "a", 1);
        Where more = base.copy().and("b = :b", "b", 2);
        assertThat(base.conditions(), is("a = :a"));
        assertThat(more.conditions(), is("a = :a and b = :b"));
        assertThat(base.parameters(), is(Map.of("a", 1)));
    }
}
