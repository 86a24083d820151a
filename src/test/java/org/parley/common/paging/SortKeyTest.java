package org.parley.common.paging;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.common.error.InvalidInputException;

/** Keyset conditions and cursors, without a database. */
class SortKeyTest {

    record Item(LocalDate date, Integer number, Long id) {
    }

    private static final SortKey<Item> BY_DATE = SortKey.<Item>by("date", Item::date, LocalDate.class)
            .then("number", Item::number, Integer.class).thenId(Item::id);

    /** The terms a client may order items by. */
    enum ItemOrder implements SortKey.Ordering<Item> {
        DATE_ASC(SortKey.ascending("date", Item::date, LocalDate.class)),
        DATE_DESC(SortKey.descending("date", Item::date, LocalDate.class)),
        NUMBER_DESC(SortKey.descending("number", Item::number, Integer.class));

        private final SortKey.Term<Item> term;

        ItemOrder(SortKey.Term<Item> term) {
            this.term = term;
        }

        @Override
        public SortKey.Term<Item> term() {
            return term;
        }
    }

    private static final SortKey<Item> ORDERABLE = BY_DATE.orderedBy(ItemOrder.class);

    private static final SortKey<Item> NEWEST_FIRST = SortKey.<Item>byDescendingNullsLast("date", Item::date, LocalDate.class)
            .thenId(Item::id);

    @Test
    void afterACursorIsLexicographicOverTheKeys() {
        Map<String, Object> parameters = new HashMap<>();
        String condition = BY_DATE.after(List.of(LocalDate.parse("2025-06-02"), 2, 7L), false, "after", parameters);
        assertThat(condition, is("((date > :after0) or (date = :after0 and number > :after1) "
                + "or (date = :after0 and number = :after1 and id > :after2))"));
        assertThat(parameters, is(Map.of("after0", LocalDate.parse("2025-06-02"), "after1", 2, "after2", 7L)));
    }

    @Test
    void backwardsTheComparisonsTurn() {
        Map<String, Object> parameters = new HashMap<>();
        assertThat(BY_DATE.after(List.of(LocalDate.parse("2025-06-02"), 2, 7L), true, "before", parameters),
                is("((date < :before0) or (date = :before0 and number < :before1) "
                        + "or (date = :before0 and number = :before1 and id < :before2))"));
        assertThat(BY_DATE.orderBy(true), is("date desc, number desc, id desc"));
        assertThat(BY_DATE.orderBy(false), is("date, number, id"));
    }

    @Test
    void nullsComeLastInADescendingOrderAndFirstBackwards() {
        assertThat(NEWEST_FIRST.orderBy(false), is("date desc nulls last, id"));
        assertThat(NEWEST_FIRST.orderBy(true), is("date nulls first, id desc"));
        Map<String, Object> parameters = new HashMap<>();
        assertThat(NEWEST_FIRST.after(List.of(LocalDate.parse("2025-01-01"), 3L), false, "after", parameters),
                is("(((date < :after0 or date is null)) or (date = :after0 and id > :after1))"));
        // after an undated item come only undated items with a greater id
        parameters.clear();
        assertThat(NEWEST_FIRST.after(Arrays.asList(null, 3L), false, "after", parameters),
                is("((date is null and id > :after1))"));
        assertThat(parameters, is(Map.of("after1", 3L)));
        // before an undated item (backwards) come every dated item, and the undated ones with a smaller id
        parameters.clear();
        assertThat(NEWEST_FIRST.after(Arrays.asList(null, 3L), true, "before", parameters),
                is("((date is not null) or (date is null and id < :before1))"));
    }

    @Test
    void theReadPlannersSqlFollowsTheSameRuleWithItsColumnsAndPlaceholders() {
        List<Object> bound = new ArrayList<>();
        String condition = NEWEST_FIRST.after(List.of(LocalDate.parse("2025-01-01"), 3L), true, attribute -> "r." + attribute + "_col",
                (i, value) -> {
                    bound.add(value);
                    return "?" + i;
                });
        assertThat(condition, is("((r.date_col > ?0) or (r.date_col = ?0 and r.id_col < ?1))"));
        assertThat(bound, contains(LocalDate.parse("2025-01-01"), 3L, LocalDate.parse("2025-01-01")));
        assertThat(NEWEST_FIRST.orderBy(true, attribute -> "r." + attribute), contains("r.date nulls first", "r.id desc"));
    }

    @Test
    void aCursorCarriesTheKeysOfItsItem() {
        Item item = new Item(LocalDate.parse("2025-06-02"), 2, 7L);
        String cursor = PageRequest.cursorOf(BY_DATE, BY_DATE.valuesOf(item));
        assertThat(PageRequest.keysOf(cursor, "after", BY_DATE), contains(LocalDate.parse("2025-06-02"), 2, 7L));
    }

    @Test
    void aCursorOfAnotherListOrAnOffsetIsRefused() {
        String ofNewestFirst = PageRequest.cursorOf(NEWEST_FIRST, NEWEST_FIRST.valuesOf(new Item(null, 1, 3L)));
        assertThrows(InvalidInputException.class, () -> PageRequest.keysOf(ofNewestFirst, "after", BY_DATE));
        assertThrows(InvalidInputException.class, () -> PageRequest.keysOf(PageRequest.cursor(4), "after", BY_DATE));
        assertThrows(InvalidInputException.class, () -> PageRequest.keysOf("%%%", "before", BY_DATE));
    }

    @Test
    void aClientsOrderIsItsTermsNullsLastThenTheId() {
        SortKey<Item> chosen = ORDERABLE.chosen(List.of(ItemOrder.NUMBER_DESC, "DATE_ASC")); // graphql-java may hand over names
        assertThat(chosen.orderBy(false), is("number desc nulls last, date nulls last, id"));
        assertThat(chosen.orderBy(true), is("number nulls first, date desc nulls first, id desc"));
        assertThat(ORDERABLE.chosen(List.of()).orderBy(false), is("date, number, id"));
        assertThat(ORDERABLE.chosen(null).orderBy(false), is("date, number, id"));
    }

    @Test
    void aCursorIsReadOnlyInTheOrderItWasMadeIn() {
        Item item = new Item(LocalDate.parse("2025-06-02"), 2, 7L);
        SortKey<Item> byNumber = ORDERABLE.chosen(List.of(ItemOrder.NUMBER_DESC));
        String cursor = PageRequest.cursorOf(byNumber, byNumber.valuesOf(item));
        assertThat(PageRequest.keysOf(cursor, "after", ORDERABLE.chosen(List.of(ItemOrder.NUMBER_DESC))), contains(2, 7L));
        InvalidInputException other = assertThrows(InvalidInputException.class,
                () -> PageRequest.keysOf(cursor, "after", ORDERABLE.chosen(List.of(ItemOrder.DATE_DESC))));
        assertThat(other.getMessage(), is("`after` is a cursor of another order of this list (`orderBy: [NUMBER_DESC]`): "
                + "pass the `orderBy` its page was read with, or leave `after` out to start again."));
        // the list's own order and a chosen one do not read each other's cursors, whatever their number of keys
        assertThrows(InvalidInputException.class, () -> PageRequest.keysOf(cursor, "before", ORDERABLE));
        String own = PageRequest.cursorOf(ORDERABLE, ORDERABLE.valuesOf(item));
        InvalidInputException fromOwn = assertThrows(InvalidInputException.class,
                () -> PageRequest.keysOf(own, "after", ORDERABLE.chosen(List.of(ItemOrder.DATE_ASC))));
        assertThat(fromOwn.getMessage(), containsString("(`orderBy: []`)"));
    }

    @Test
    void oneFieldTwiceOrAnUnknownTermIsRefused() {
        InvalidInputException twice = assertThrows(InvalidInputException.class,
                () -> ORDERABLE.chosen(List.of(ItemOrder.DATE_ASC, ItemOrder.NUMBER_DESC, ItemOrder.DATE_DESC)));
        assertThat(twice.getMessage(), is("`orderBy` orders by one field twice (DATE_ASC, DATE_DESC): name each field once."));
        assertThrows(InvalidInputException.class, () -> ORDERABLE.chosen(List.of("ID_ASC")));
    }

    @Test
    void anEnumKeyComesBackFromItsCursorAsItsConstant() {
        record Kinded(ItemOrder kind, Long id) {
        }
        SortKey<Kinded> byKind = SortKey.<Kinded>by("kind", Kinded::kind, ItemOrder.class).thenId(Kinded::id);
        String cursor = PageRequest.cursorOf(byKind, byKind.valuesOf(new Kinded(ItemOrder.DATE_DESC, 4L)));
        assertThat(PageRequest.keysOf(cursor, "after", byKind), contains(ItemOrder.DATE_DESC, 4L));
    }
}
