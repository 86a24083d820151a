package org.parley.position;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.parley.agreement.Agreement;
import org.parley.agreement.Provision;
import org.parley.common.graphql.GlobalId;
import org.parley.common.node.Nodes;
import org.parley.common.read.Reads;
import org.parley.common.read.RootRead;
import org.parley.common.read.Rows;
import org.parley.common.read.Sql;
import org.parley.common.read.TypeRead;
import org.parley.common.value.PartialDate;
import org.parley.conflict.Conflict;
import org.parley.conflict.ConflictReads;
import org.parley.conflict.Participant;
import org.parley.party.Party;
import org.parley.talks.Round;
import org.parley.talks.Talks;
import org.parley.territory.Territory;

/**
 * The `compare` root as SQL (the read planner's model; the resolver is {@link ComparisonRules#compare}): the same
 * standing positions, the rules of the same file written into the statement as a table of literals, each pair of
 * positions of two parties matched against them, findings in the same order and the verdict by the same rule.
 */
@ApplicationScoped
public class ComparisonReads implements Reads {

    @Inject
    ComparisonRules rules;

    @Override
    public List<RootRead> roots() {
        return List.of(RootRead.object("compare", this::comparison));
    }

    private RootRead.Single comparison(Sql sql, String row, Map<String, Object> arguments) {
        String id = (String) arguments.get("conflict");
        PartialDate asOf = (PartialDate) arguments.get("asOf");
        Object topic = RootRead.Filter.stored(arguments.get("topic"));
        long conflict = GlobalId.keyOf(id, Conflict.class);
        Standing standing = new Standing(sql, conflict, topic, PartialDate.endOf(asOf));
        TypeRead fields = TypeRead.ofRows().record("conflict", Conflict.class, (s, r, a) -> s.column(Conflict.class, r, "id"))
                .constant("topic", topic).constant("asOf", asOf)
                .text("verdict", (s, r, a) -> verdict(s, standing))
                .objects("stances", "Stance", (s, party, unused, r, a) -> new Rows("(" + standing.parties() + ") " + party, "1 = 1",
                        List.of(party + ".rk"), party + ".pid"), TypeRead.ofRows()
                                .record("party", Party.class, (s, party, a) -> party + ".pid")
                                .list("positions", Position.class, (s, p, unused, party, a) -> new Rows(s.table(Position.class) + " " + p,
                                        standing.of(p) + " and " + s.column(Position.class, p, "party") + " = " + party + ".pid",
                                        s.order(Position.class, PositionGraphQLApi.ORDER, p), s.column(Position.class, p, "id"))))
                .objects("findings", "Finding", (s, f, unused, r, a) -> new Rows("(" + findings(s, standing) + ") " + f, "1 = 1",
                        List.of(f + ".vr", f + ".ad", f + ".aid", f + ".bd", f + ".bid", f + ".ri"), f + ".aid"), TypeRead.ofRows()
                                .text("rule", (s, f, a) -> f + ".rn").text("verdict", (s, f, a) -> f + ".vd")
                                .record("position", Position.class, (s, f, a) -> f + ".aid")
                                .record("meets", Position.class, (s, f, a) -> f + ".bid")
                                .list("territories", Territory.class, (s, t, m, f, a) -> new Rows(shared(s, t, m, f),
                                        m + ".position_id = " + f + ".aid", territoryOrder(s, t), s.column(Territory.class, t, "id")))
                                .text("explanation", (s, f, a) -> {
                                    String t = s.alias();
                                    String m = s.alias();
                                    String names = "coalesce((select " + s.joined(s.column(Territory.class, t, "name"), ", ",
                                            String.join(", ", territoryOrder(s, t))) + " from " + shared(s, t, m, f) + " where " + m
                                            + ".position_id = " + f + ".aid), '')";
                                    return "replace(replace(replace(" + f + ".ex, '{party}', " + name(s, f + ".ap") + "), '{other}', "
                                            + name(s, f + ".bp") + "), '{territories}', " + names + ")";
                                }))
                .objects("provisionFindings", "ProvisionFinding", (s, f, unused, r, a) -> new Rows("(" + provisionFindings(s, standing)
                        + ") " + f, "1 = 1", List.of(f + ".vr", f + ".ad", f + ".aid", f + ".ri"), f + ".aid"), TypeRead.ofRows()
                                .text("rule", (s, f, a) -> f + ".rn").text("verdict", (s, f, a) -> f + ".vd")
                                .record("position", Position.class, (s, f, a) -> f + ".aid")
                                .record("provision", Provision.class, (s, f, a) -> f + ".vid")
                                .text("explanation", (s, f, a) -> {
                                    String v = s.alias();
                                    String g = s.alias();
                                    String provision = " from " + s.table(Provision.class) + " " + v + " where " + s.column(Provision.class, v, "id")
                                            + " = " + f + ".vid";
                                    String agreement = "(select " + s.column(Agreement.class, g, "name") + " from " + s.table(Provision.class) + " "
                                            + v + " join " + s.table(Agreement.class) + " " + g + " on " + s.column(Agreement.class, g, "id") + " = "
                                            + s.column(Provision.class, v, "agreement") + " where " + s.column(Provision.class, v, "id") + " = " + f
                                            + ".vid)";
                                    return "replace(replace(replace(" + f + ".ex, '{party}', " + name(s, f + ".ap") + "), '{provision}', (select "
                                            + s.column(Provision.class, v, "number") + provision + ")), '{agreement}', " + agreement + ")";
                                }));
        return new RootRead.Single("Comparison", sql.table(Conflict.class) + " " + row, sql.column(Conflict.class, row, "id") + " = "
                + sql.bind(conflict), fields, () -> Nodes.notFound(Conflict.class, id));
    }

    /**
     * The positions compared ({@link Position#onTopicInConflict}, as ComparisonRules asks for them): of the parties taking
     * part on the day, on the topic, concerning the conflict, standing at the end of the day (in force today without one).
     */
    private record Standing(Sql sql, long conflict, Object topic, LocalDate day) {

        /** The condition on the position aliased {@code p}. */
        String of(String p) {
            String participant = sql.alias();
            String parties = "select " + sql.column(Participant.class, participant, "party") + " from " + sql.table(Participant.class) + " "
                    + participant + " where " + sql.column(Participant.class, participant, "conflict") + " = " + sql.bind(conflict)
                    + ConflictReads.activeOn(sql, participant, day);
            return sql.column(Position.class, p, "party") + " in (" + parties + ") and " + sql.column(Position.class, p, "topic") + " = "
                    + sql.bind(topic) + " and coalesce(" + conflictOf(p) + ", " + sql.bind(conflict) + ") = " + sql.bind(conflict) + " and "
                    + (day == null ? sql.column(Position.class, p, "supersededBy") + " is null"
                            : PositionReads.standing(sql, p, sql.bind(day)));
        }

        /** The standing positions as a table, with Position's columns. */
        String rows() {
            String p = sql.alias();
            return "(select " + p + ".* from " + sql.table(Position.class) + " " + p + " where " + of(p) + ")";
        }

        /** The conflict its round's talks, its provision's agreement or the agreement it conditions belong to, in that order. */
        private String conflictOf(String p) {
            String r = sql.alias();
            String t = sql.alias();
            String v = sql.alias();
            String a = sql.alias();
            String c = sql.alias();
            return "(select " + sql.column(Talks.class, t, "conflict") + " from " + sql.table(Round.class) + " " + r + " join "
                    + sql.table(Talks.class) + " " + t + " on " + sql.column(Talks.class, t, "id") + " = " + sql.column(Round.class, r, "talks")
                    + " where " + sql.column(Round.class, r, "id") + " = " + sql.column(Position.class, p, "round") + "), (select "
                    + sql.column(Agreement.class, a, "conflict") + " from " + sql.table(Provision.class) + " " + v + " join "
                    + sql.table(Agreement.class) + " " + a + " on " + sql.column(Agreement.class, a, "id") + " = "
                    + sql.column(Provision.class, v, "agreement") + " where " + sql.column(Provision.class, v, "id") + " = "
                    + sql.column(Position.class, p, "provision") + "), (select " + sql.column(Agreement.class, c, "conflict") + " from "
                    + sql.table(Agreement.class) + " " + c + " where " + sql.column(Agreement.class, c, "id") + " = "
                    + sql.column(Position.class, p, "conditionsAgreement") + ")";
        }

        /**
         * The parties taking part on the day ({@code pid}), each once, ranked ({@code rk}) by its first participation
         * in the order of role and id, as Participant.ofConflicts lists them.
         */
        String parties() {
            String p = sql.alias();
            String ranked = sql.alias();
            return "select " + ranked + ".pid, min(" + ranked + ".rk) rk from (select " + sql.column(Participant.class, p, "party")
                    + " pid, row_number() over (order by " + sql.column(Participant.class, p, "role") + ", " + sql.column(Participant.class, p, "id")
                    + ") rk from " + sql.table(Participant.class) + " " + p + " where " + sql.column(Participant.class, p, "conflict") + " = "
                    + sql.bind(conflict) + ConflictReads.activeOn(sql, p, day) + ") " + ranked + " group by " + ranked + ".pid";
        }
    }

    /**
     * Each rule that matches a pair of positions of two parties ({@code aid} examined, {@code bid} met), with the
     * rule's place in the file ({@code ri}), its id ({@code rn}), verdict ({@code vd}, ranked by {@code vr}) and
     * explanation ({@code ex}), the parties and the positions' dates: ComparisonRules.compare's loops as a join.
     */
    private String findings(Sql sql, Standing standing) {
        String a = sql.alias();
        String b = sql.alias();
        String ru = sql.alias();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < rules.rules().size(); i++) {
            ComparisonRules.Rule rule = rules.rules().get(i);
            rows.add(new Object[] { i, rule.id(), rule.position().name(), rule.meets().name(), rule.territories().name(),
                    rule.link().orElse(ComparisonRules.Link.ANY).name(), rule.verdict().name(), rule.verdict().ordinal(), rule.explanation() });
        }
        String table = literals(List.of("ri", "rn", "pk", "mk", "tc", "lk", "vd", "vr", "ex"), rows);
        String answers = sql.column(Position.class, b, "respondsTo") + " = " + sql.column(Position.class, a, "id");
        return "select " + ru + ".ri, " + ru + ".rn, " + ru + ".vd, " + ru + ".vr, " + ru + ".ex, " + key(sql, a) + " aid, "
                + key(sql, b) + " bid, " + sql.column(Position.class, a, "party") + " ap, " + sql.column(Position.class, b, "party") + " bp, "
                + sql.column(Position.class, a, "statedDate") + " ad, " + sql.column(Position.class, b, "statedDate") + " bd from "
                + standing.rows() + " " + a + " cross join " + standing.rows() + " " + b + " cross join (" + table + ") "
                + ru + " where " + sql.column(Position.class, a, "party") + " <> "
                + sql.column(Position.class, b, "party") + " and " + sql.column(Position.class, a, "kind") + " = " + ru + ".pk and "
                + sql.column(Position.class, b, "kind") + " = " + ru + ".mk"
                // ComparisonRules.applies
                + " and (" + ru + ".tc = 'ANY' or " + overlap(sql, a, b) + " or (" + ru + ".tc = 'OVERLAP_OR_UNSPECIFIED' and ("
                + unspecified(sql, a) + " or " + unspecified(sql, b) + ")))"
                // Rule.linkHolds
                + " and (" + ru + ".lk = 'ANY' or (" + ru + ".lk = 'RESPONDS_TO' and " + answers + ") or (" + ru + ".lk = 'UNLINKED' and ("
                + sql.column(Position.class, b, "respondsTo") + " is null or not (" + answers + "))))";
    }

    /** Each standing position about a provision against each provision rule of its kind (ComparisonRules.againstProvisions). */
    private String provisionFindings(Sql sql, Standing standing) {
        String a = sql.alias();
        String ru = sql.alias();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < rules.provisionRules().size(); i++) {
            ComparisonRules.ProvisionRule rule = rules.provisionRules().get(i);
            rows.add(new Object[] { i, rule.id(), rule.position().name(), rule.verdict().name(), rule.verdict().ordinal(), rule.explanation() });
        }
        String table = literals(List.of("ri", "rn", "pk", "vd", "vr", "ex"), rows);
        return "select " + ru + ".ri, " + ru + ".rn, " + ru + ".vd, " + ru + ".vr, " + ru + ".ex, " + key(sql, a) + " aid, "
                + sql.column(Position.class, a, "provision") + " vid, " + sql.column(Position.class, a, "party") + " ap, "
                + sql.column(Position.class, a, "statedDate") + " ad from " + standing.rows() + " " + a + " cross join (" + table + ") "
                + ru + " where " + sql.column(Position.class, a, "provision") + " is not null and "
                + sql.column(Position.class, a, "kind") + " = " + ru + ".pk";
    }

    /**
     * ComparisonRules.verdict: OPPOSED when a finding is; COMPATIBLE when at least two parties hold positions and every
     * pair of them has a COMPATIBLE finding; UNKNOWN otherwise. One pass over the findings, grouped on the count of
     * parties holding positions (one row, with or without findings).
     */
    private String verdict(Sql sql, Standing standing) {
        String f = sql.alias();
        String g = sql.alias();
        String p = sql.alias();
        String h = sql.alias();
        String pair = "cast(least(" + f + ".ap, " + f + ".bp) as varchar(20)) || '-' || cast(greatest(" + f + ".ap, " + f + ".bp) as varchar(20))";
        return "(select case when coalesce(sum(case when " + f + ".vd = 'OPPOSED' then 1 end), 0) > 0 or exists (select 1 from ("
                + provisionFindings(sql, standing) + ") " + g + " where " + g + ".vd = 'OPPOSED') then 'OPPOSED' when " + h + ".n >= 2 and "
                + "count(distinct case when " + f + ".vd = 'COMPATIBLE' then " + pair + " end) = " + h + ".n * (" + h + ".n - 1) / 2 then "
                + "'COMPATIBLE' else 'UNKNOWN' end from (select count(distinct " + sql.column(Position.class, p, "party") + ") n from "
                + standing.rows() + " " + p + ") " + h + " left join (" + findings(sql, standing) + ") " + f + " on 1 = 1 group by " + h + ".n)";
    }

    /**
     * A table of literals, a select per row, with these columns; the rows' values are numbers and texts (a rules
     * file's). Without rows, one row of blanks of the same types (from the columns: {@code ri} and {@code vr} are
     * numbers) that no condition keeps.
     */
    private static String literals(List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return "select " + String.join(", ", columns.stream().map(c -> (NUMBERS.contains(c) ? "0 " : "'' ") + c).toList()) + " where 1 = 0";
        }
        List<String> selects = new ArrayList<>();
        for (Object[] row : rows) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                values.add((row[i] instanceof String text ? Sql.text(text) : row[i].toString()) + " " + columns.get(i));
            }
            selects.add("select " + String.join(", ", values));
        }
        return String.join(" union all ", selects);
    }

    /** The numeric columns of the rules' tables: a rule's place and its verdict's rank. */
    private static final List<String> NUMBERS = List.of("ri", "vr");

    private static String key(Sql sql, String p) {
        return sql.column(Position.class, p, "id");
    }

    /** The two positions name a territory in common. */
    private static String overlap(Sql sql, String a, String b) {
        String m = sql.alias();
        String n = sql.alias();
        return "exists (select 1 from " + PositionReads.TERRITORIES + " " + m + " join " + PositionReads.TERRITORIES + " " + n + " on " + n
                + ".territory_id = " + m + ".territory_id where " + m + ".position_id = " + key(sql, a) + " and " + n + ".position_id = "
                + key(sql, b) + ")";
    }

    /** The position names no territory. */
    private static String unspecified(Sql sql, String p) {
        String m = sql.alias();
        return "not exists (select 1 from " + PositionReads.TERRITORIES + " " + m + " where " + m + ".position_id = " + key(sql, p) + ")";
    }

    /**
     * The territories of the finding aliased {@code f}'s examined position (joined as {@code m}: the condition on
     * {@code m.position_id} is the caller's) that its met position names too.
     */
    private static String shared(Sql sql, String t, String m, String f) {
        String n = sql.alias();
        return sql.table(Territory.class) + " " + t + " join " + PositionReads.TERRITORIES + " " + m + " on " + m + ".territory_id = "
                + sql.column(Territory.class, t, "id") + " and exists (select 1 from " + PositionReads.TERRITORIES + " " + n + " where " + n
                + ".position_id = " + f + ".bid and " + n + ".territory_id = " + sql.column(Territory.class, t, "id") + ")";
    }

    /** Territories by name, as Position.territoriesOf. */
    private static List<String> territoryOrder(Sql sql, String t) {
        return List.of(sql.column(Territory.class, t, "name"), sql.column(Territory.class, t, "id"));
    }

    /** The name of the party whose key {@code key} gives. */
    private static String name(Sql sql, String key) {
        String p = sql.alias();
        return "(select " + sql.column(Party.class, p, "name") + " from " + sql.table(Party.class) + " " + p + " where "
                + sql.column(Party.class, p, "id") + " = " + key + ")";
    }
}
