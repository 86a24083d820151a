package org.parley.common.execution;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

import graphql.language.Document;

/** The cache of parsed documents and their plans, bounded by bytes: plans count in the bound and go with their document. */
class DocumentsTest {

    /** Room for a few short documents: 16 KB, so one document's text or plans take at most 1 KB. */
    private final Documents documents = new Documents(16 * 1024);

    @Test
    void aPlanIsKeptBesideItsDocumentUnderItsOwnKey() {
        Document document = documents.parse("{ rounds { totalCount } }");
        Object plan = new Object();
        documents.keep(document, "one", plan, 100);
        assertSame(plan, documents.plan(document, "one"));
        assertNull(documents.plan(document, "two"));
        assertSame(document, documents.parse("{ rounds { totalCount } }"));
    }

    @Test
    void aDocumentNotKeptKeepsNoPlan() {
        Document unknown = graphql.parser.Parser.parse("{ talks { totalCount } }");
        documents.keep(unknown, "one", new Object(), 100);
        assertNull(documents.plan(unknown, "one"));
    }

    @Test
    void aDocumentsPlansPastASixteenthOfTheBoundStartAgain() {
        Document document = documents.parse("{ rounds { totalCount } }");
        Object early = new Object();
        documents.keep(document, "early", early, 600);
        Object late = new Object();
        documents.keep(document, "late", late, 600);
        assertNull(documents.plan(document, "early"));
        assertSame(late, documents.plan(document, "late"));
    }

    @Test
    void plansWeighInTheBoundAndGoWithTheirDocument() {
        Document first = documents.parse("{ rounds { totalCount } }");
        Object plan = new Object();
        documents.keep(first, "k", plan, 1000);
        // 800 bytes of text and 1,000 of plan, then 224 (`{ a10 }`) and 1,000 each: past 16 KB at the 12th of 20
        // (without plans, 5,280 for all)
        for (int i = 10; i < 30; i++) {
            documents.keep(documents.parse("{ a" + i + " }"), "k", new Object(), 1000);
        }
        assertNull(documents.plan(first, "k"));
        Document again = documents.parse("{ rounds { totalCount } }");
        assertNull(documents.plan(again, "k"));
    }
}
