package org.parley.statement;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.parley.common.paging.SortKey;

@Enum("StatementOrder")
@Description("A term of `statements(orderBy:)`.")
public enum StatementOrder implements SortKey.Ordering<Statement> {
    @Description("By date (its first day when partial), earliest first.")
    DATE_ASC(SortKey.ascending("statedOn", x -> x.statedOn, LocalDate.class)),
    @Description("By date (its first day when partial), latest first.")
    DATE_DESC(SortKey.descending("statedOn", x -> x.statedOn, LocalDate.class)),
    @Description("By speaker as the source names them, A to Z (in the database's collation).")
    SPEAKER_ASC(SortKey.ascending("speaker", x -> x.speaker, String.class)),
    @Description("By speaker as the source names them, Z to A.")
    SPEAKER_DESC(SortKey.descending("speaker", x -> x.speaker, String.class));

    private final SortKey.Term<Statement> term;

    StatementOrder(SortKey.Term<Statement> term) {
        this.term = term;
    }

    @Override
    public SortKey.Term<Statement> term() {
        return term;
    }
}
