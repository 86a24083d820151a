package org.parley.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.parley.common.error.InvalidInputException;
import org.parley.common.graphql.GlobalId;
import org.parley.common.graphql.SearchResult;
import org.parley.common.persistence.Database;
import org.parley.common.persistence.DomainEntity;
import org.parley.common.value.TextRules;

/**
 * Full-text search over statements, positions, events, rounds and sources. PostgreSQL matches and ranks with its
 * English full-text search (stemmed: `talks` finds `talk`); H2, which has no built-in equivalent, matches every
 * word as a case-insensitive substring and ranks by weighted occurrences. Excerpts are made here, alike for both.
 */
@ApplicationScoped
public class Search {

    static final int MAX_HITS = 500;
    private static final int MAX_TERMS = 10;
    private static final int EXCERPT = 200;
    private static final double THROUGH_FACT = 0.5;
    private static final double THROUGH_QUOTE = 0.8;
    private static final String[] QUOTE = { "quote" };

    @Inject
    EntityManager em;

    private final TextMatching matching;

    @Inject
    Search(Database database) {
        this.matching = TextMatching.forDatabase(database);
    }

    /** A matching row: its key, its searchable text, its rank, and how it was reached when not directly. */
    private record Match(long id, String text, double rank, String via) {
    }

    public List<SearchHit> run(String text, Set<SearchType> wanted) {
        List<String> terms = terms(text);
        Map<SearchType, List<Match>> matches = new HashMap<>();
        Set<SearchType> read = wanted.contains(SearchType.SOURCE) ? EnumSet.allOf(SearchType.class) : wanted;
        for (SearchType type : read) {
            matches.put(type, match(type, terms));
        }
        withQuotes(matches, terms);
        if (wanted.contains(SearchType.SOURCE)) {
            matches.put(SearchType.SOURCE, withSourcesOfFacts(matches, terms));
        }
        List<SearchHit> hits = new ArrayList<>();
        for (SearchType type : wanted) {
            for (Match match : matches.get(type)) {
                hits.add(new SearchHit(type, match.id(), match.rank(), match.via() + excerpt(match.text(), terms)));
            }
        }
        hits.sort(Comparator.comparingDouble((SearchHit h) -> -h.rank).thenComparing(h -> h.type).thenComparing(SearchHit::recordId));
        return hits.size() > MAX_HITS ? hits.subList(0, MAX_HITS) : hits;
    }

    static List<String> terms(String text) {
        if (text == null || text.length() > 200) {
            throw new InvalidInputException("Search text must be 1 to 200 characters long.");
        }
        List<String> terms = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(t -> !t.isEmpty()).distinct().limit(MAX_TERMS).toList();
        if (terms.isEmpty()) {
            throw new InvalidInputException("Search text " + TextRules.echo(text) + " has no word to look for.");
        }
        return terms;
    }

    @SuppressWarnings("unchecked")
    private List<Match> match(SearchType type, List<String> terms) {
        Query query = matching.query(em, type, terms);
        query.setMaxResults(MAX_HITS);
        List<Match> found = new ArrayList<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            found.add(new Match(((Number) row[0]).longValue(), ((String) row[1]).strip(), matching.rank(row, terms), ""));
        }
        return found;
    }

    /**
     * Adds the records a matching quote backs and the sources it quotes, below a match in their own text: a word found
     * only in a passage finds the record.
     */
    @SuppressWarnings("unchecked")
    private void withQuotes(Map<SearchType, List<Match>> matches, List<String> terms) {
        Query query = matching.query(em, "citation", QUOTE, terms);
        query.setMaxResults(MAX_HITS);
        Map<Long, Object[]> quotes = new HashMap<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            quotes.put(((Number) row[0]).longValue(), row);
        }
        if (quotes.isEmpty()) {
            return;
        }
        List<Object[]> cited = em.createQuery("select c.id, c.subjectType, c.subjectId, c.source.id from Citation c "
                + "where c.id in :ids", Object[].class).setParameter("ids", quotes.keySet()).getResultList();
        for (Object[] citation : cited) {
            Object[] row = quotes.get((Long) citation[0]);
            String quote = ((String) row[1]).strip();
            double rank = matching.rank(row, terms);
            for (Map.Entry<SearchType, List<Match>> entry : matches.entrySet()) {
                SearchType type = entry.getKey();
                if (type == SearchType.SOURCE) {
                    merge(entry.getValue(), new Match((Long) citation[3], quote, rank * THROUGH_QUOTE, "Says: "));
                } else if (GlobalId.typeName(type.entity).equals(citation[1])) {
                    merge(entry.getValue(), new Match((Long) citation[2], quote, rank * THROUGH_QUOTE, "Source says: "));
                }
            }
        }
    }

    /** Adds the match, or keeps the better of it and the record's match already there. */
    private static void merge(List<Match> matches, Match match) {
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).id() == match.id()) {
                if (matches.get(i).rank() < match.rank()) {
                    matches.set(i, match);
                }
                return;
            }
        }
        matches.add(match);
    }

    /** Sources matched on their own, and those backing a matching fact (at half that fact's rank). */
    private List<Match> withSourcesOfFacts(Map<SearchType, List<Match>> matches, List<String> terms) {
        Map<Long, Match> sources = new HashMap<>();
        matches.get(SearchType.SOURCE).forEach(m -> sources.put(m.id(), m));
        for (SearchType type : SearchType.values()) {
            List<Match> facts = matches.get(type);
            if (type == SearchType.SOURCE || facts.isEmpty()) {
                continue;
            }
            Map<Long, Match> byId = facts.stream().collect(Collectors.toMap(Match::id, m -> m));
            List<Object[]> cited = em.createQuery("select c.subjectId, c.source.id from Citation c "
                    + "where c.subjectType = :type and c.subjectId in :ids", Object[].class)
                    .setParameter("type", GlobalId.typeName(type.entity)).setParameter("ids", byId.keySet()).getResultList();
            for (Object[] pair : cited) {
                Match fact = byId.get((Long) pair[0]);
                Match through = new Match((Long) pair[1], fact.text(), fact.rank() * THROUGH_FACT, "Backs: ");
                sources.merge(through.id(), through, (a, b) -> a.rank() >= b.rank() ? a : b);
            }
        }
        return new ArrayList<>(sources.values());
    }

    /** Each hit's record, in the hits' order (null for one gone since): one statement per kind among them. */
    List<SearchResult> records(List<SearchHit> hits) {
        Map<SearchType, List<Long>> keys = new java.util.EnumMap<>(SearchType.class);
        hits.forEach(hit -> keys.computeIfAbsent(hit.type, type -> new ArrayList<>()).add(hit.key));
        Map<SearchType, Map<Long, DomainEntity>> found = new java.util.EnumMap<>(SearchType.class);
        keys.forEach((type, ids) -> found.put(type, em.createQuery("from " + type.entity.getSimpleName() + " e where e.id in :ids", type.entity)
                .setParameter("ids", ids).getResultList().stream().collect(Collectors.toMap(e -> e.id, e -> e))));
        return hits.stream().map(hit -> (SearchResult) found.get(hit.type).get(hit.key)).toList();
    }

    /** About {@value #EXCERPT} characters around the first match, HTML-escaped, matched words in {@code <mark>}. */
    static String excerpt(String text, List<String> terms) {
        String lower = text.toLowerCase(Locale.ROOT);
        int first = terms.stream().mapToInt(lower::indexOf).filter(i -> i >= 0).min().orElse(0);
        int start = Math.max(0, Math.min(first - EXCERPT / 3, text.length() - EXCERPT));
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = Math.min(text.length(), start + EXCERPT);
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        String window = text.substring(start, end);
        Matcher word = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:" + terms.stream().map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")[\\p{L}\\p{N}]*").matcher(window);
        StringBuilder out = new StringBuilder(start > 0 ? "…" : "");
        int at = 0;
        while (word.find()) {
            out.append(escape(window.substring(at, word.start()))).append("<mark>").append(escape(word.group()))
                    .append("</mark>");
            at = word.end();
        }
        out.append(escape(window.substring(at)));
        return end < text.length() ? out.append("…").toString() : out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
