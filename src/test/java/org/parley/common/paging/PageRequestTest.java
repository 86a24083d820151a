package org.parley.common.paging;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.parley.common.error.InvalidInputException;

/** Pages of a list held in memory (search, timeline), by Relay's algorithm over offset cursors. */
class PageRequestTest {

    private static PageRequest.Window window(Integer first, Integer after, Integer last, Integer before, long total) {
        return new PageRequest(first, after == null ? null : PageRequest.cursor(after), last,
                before == null ? null : PageRequest.cursor(before)).window(total, 20, 100);
    }

    @Test
    void firstAndAfterWalkForward() {
        assertThat(window(null, null, null, null, 50), is(new PageRequest.Window(0, 20)));
        assertThat(window(10, null, null, null, 50), is(new PageRequest.Window(0, 10)));
        assertThat(window(10, 9, null, null, 50), is(new PageRequest.Window(10, 20)));
        assertThat(window(10, 45, null, null, 50), is(new PageRequest.Window(46, 50)));
        assertThat(window(10, 80, null, null, 50), is(new PageRequest.Window(50, 50)));
        assertThat(window(0, null, null, null, 50), is(new PageRequest.Window(0, 0)));
    }

    @Test
    void lastAndBeforeWalkBackward() {
        assertThat(window(null, null, 10, null, 50), is(new PageRequest.Window(40, 50)));
        assertThat(window(null, null, 10, 40, 50), is(new PageRequest.Window(30, 40)));
        assertThat(window(null, null, 10, 5, 50), is(new PageRequest.Window(0, 5)));
        // between two cursors, at most `last` from the end of the range
        assertThat(window(null, 9, 5, 30, 50), is(new PageRequest.Window(25, 30)));
    }

    @Test
    void sizesOutsideTheBoundsAreRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> window(101, null, null, null, 50));
        assertThat(e.getMessage(), is("`first` must be between 0 and 100, got 101."));
        assertThrows(InvalidInputException.class, () -> window(null, null, -1, null, 50));
    }

    @Test
    void aCursorOfAnotherKindIsRefusedByName() {
        String keyset = PageRequest.cursorOf(SortKey.byId(x -> x), java.util.List.of(1L));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new PageRequest(5, keyset, null, null).window(50, 20, 100));
        assertThat(e.getMessage(), containsString("`after` is not a cursor of this list"));
        assertThrows(InvalidInputException.class, () -> new PageRequest(5, "%%%", null, null).window(50, 20, 100));
    }
}
