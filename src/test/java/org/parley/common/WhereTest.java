package org.parley.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.arrayContaining;
import static org.hamcrest.Matchers.emptyArray;
import static org.hamcrest.Matchers.is;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Filters from optional arguments: what is absent adds nothing, what is present is bound, never spliced. */
class WhereTest {

    @Test
    void absentArgumentsAddNothing() {
        Where where = new Where().and("status = ?", null).contains("city", null).contains("city", "  ").andIf(false, "x");
        assertThat(where.conditions(), is(""));
        assertThat(where.query("id"), is("order by id"));
        assertThat(where.params(), is(emptyArray()));
    }

    @Test
    void parametersAreNumberedInOrder() {
        Where where = new Where().and("status = ?", "HELD").andAll("heldOn between ? and ?", List.of(1, 2))
                .and("(a = ? or b = ?)", "x");
        assertThat(where.conditions(), is("status = ?1 and heldOn between ?2 and ?3 and (a = ?4 or b = ?4)"));
        assertThat(where.params(), arrayContaining("HELD", 1, 2, "x"));
    }

    @Test
    void containsIsCaseInsensitiveAndEscapesWildcards() {
        Where where = new Where().contains("city", " 50%_Is\\tanbul ");
        assertThat(where.conditions(), is("lower(city) like ?1 escape '\\'"));
        assertThat(where.params(), arrayContaining("%50\\%\\_is\\\\tanbul%"));
    }

    @Test
    void aCopyGoesItsOwnWay() {
        Where base = new Where().and("a = ?", 1);
        Where more = base.copy().and("b = ?", 2);
        assertThat(base.conditions(), is("a = ?1"));
        assertThat(more.conditions(), is("a = ?1 and b = ?2"));
    }
}
