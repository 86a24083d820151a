package org.parley.common.paging;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.common.InvalidInputException;

/** Keyset conditions and cursors, without a database. */
class SortKeyTest {

    record Item(LocalDate date, Integer number, Long id) {
    }

    private static final SortKey<Item> BY_DATE = SortKey.<Item>by("date", Item::date, LocalDate.class)
            .then("number", Item::number, Integer.class).thenId(Item::id);

    private static final SortKey<Item> NEWEST_FIRST = SortKey.<Item>byDescendingNullsLast("date", Item::date, LocalDate.class)
            .thenId(Item::id);

    @Test
    void afterACursorIsLexicographicOverTheKeys() {
        List<Object> parameters = new ArrayList<>();
        String condition = BY_DATE.after(List.of(LocalDate.parse("2025-06-02"), 2, 7L), false, parameters);
        assertThat(condition, is("((date > ?) or (date = ? and number > ?) or (date = ? and number = ? and id > ?))"));
        LocalDate day = LocalDate.parse("2025-06-02");
        assertThat(parameters, contains(day, day, 2, day, 2, 7L));
    }

    @Test
    void backwardsTheComparisonsTurn() {
        List<Object> parameters = new ArrayList<>();
        assertThat(BY_DATE.after(List.of(LocalDate.parse("2025-06-02"), 2, 7L), true, parameters),
                is("((date < ?) or (date = ? and number < ?) or (date = ? and number = ? and id < ?))"));
        assertThat(BY_DATE.orderBy(true), is("date desc, number desc, id desc"));
        assertThat(BY_DATE.orderBy(false), is("date, number, id"));
    }

    @Test
    void nullsComeLastInADescendingOrderAndFirstBackwards() {
        assertThat(NEWEST_FIRST.orderBy(false), is("date desc nulls last, id"));
        assertThat(NEWEST_FIRST.orderBy(true), is("date nulls first, id desc"));
        List<Object> parameters = new ArrayList<>();
        assertThat(NEWEST_FIRST.after(List.of(LocalDate.parse("2025-01-01"), 3L), false, parameters),
                is("(((date < ? or date is null)) or (date = ? and id > ?))"));
        // after an undated item come only undated items with a greater id
        parameters.clear();
        assertThat(NEWEST_FIRST.after(Arrays.asList(null, 3L), false, parameters), is("((date is null and id > ?))"));
        assertThat(parameters, contains(3L));
        // before an undated item (backwards) come every dated item, and the undated ones with a smaller id
        parameters.clear();
        assertThat(NEWEST_FIRST.after(Arrays.asList(null, 3L), true, parameters),
                is("((date is not null) or (date is null and id < ?))"));
    }

    @Test
    void aCursorCarriesTheKeysOfItsItem() {
        Item item = new Item(LocalDate.parse("2025-06-02"), 2, 7L);
        String cursor = PageRequest.cursor(BY_DATE.valuesOf(item));
        assertThat(PageRequest.keysOf(cursor, "after", BY_DATE), contains(LocalDate.parse("2025-06-02"), 2, 7L));
    }

    @Test
    void aCursorOfAnotherListOrAnOffsetIsRefused() {
        String ofNewestFirst = PageRequest.cursor(NEWEST_FIRST.valuesOf(new Item(null, 1, 3L)));
        assertThrows(InvalidInputException.class, () -> PageRequest.keysOf(ofNewestFirst, "after", BY_DATE));
        assertThrows(InvalidInputException.class, () -> PageRequest.keysOf(PageRequest.cursor(4), "after", BY_DATE));
        assertThrows(InvalidInputException.class, () -> PageRequest.keysOf("%%%", "before", BY_DATE));
    }
}
