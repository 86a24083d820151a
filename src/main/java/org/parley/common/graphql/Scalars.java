package org.parley.common.graphql;

import java.util.List;
import java.util.Map;

import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLAppliedDirectiveArgument;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.scalar.GraphQLScalarTypes;
import io.smallrye.graphql.spi.EventingService;

/**
 * Says what SmallRye's scalars hold: it describes each as "Scalar for DateTime", which tells a code generator (and a
 * reader) nothing of the format. SmallRye takes its scalars from a table that it lets extensions add to; the ones
 * named here are replaced there by described copies (and {@code @specifiedBy} where a public specification fits)
 * before any type uses them: SmallRye creates its eventing services, this among them (META-INF/services, as
 * {@code ErrorCodeInstrumentation}), before it builds the schema. Rewriting the built schema instead would leave
 * SmallRye's interface and union resolvers answering with the types of the old one. SchemaTest checks the result.
 */
@RegisterForReflection
public class Scalars implements EventingService {

    record Meaning(String description, String specifiedBy) {
    }

    static final Map<String, Meaning> MEANINGS = Map.of(
            "DateTime", new Meaning("A moment, as an RFC 3339 date-time in UTC: `2025-05-16T09:30:00Z`, with fractions of "
                    + "a second when there are any (`2025-05-16T09:30:00.123456Z`).",
                    "https://scalars.graphql.org/andimarek/date-time"),
            "BigDecimal", new Meaning("A decimal number of any size and precision, written as a JSON number (`1000`, "
                    + "`4.5`); clients that must not lose digits should read it as a decimal, not a float.", null),
            "BigInteger", new Meaning("A whole number of any size, written as a JSON number (`1000`).", null));

    public Scalars() {
        Map<String, GraphQLScalarType> byJavaClass = GraphQLScalarTypes.getScalarMap();
        for (Map.Entry<String, GraphQLScalarType> entry : List.copyOf(byJavaClass.entrySet())) {
            Meaning meaning = MEANINGS.get(entry.getValue().getName());
            if (meaning != null && !meaning.description().equals(entry.getValue().getDescription())) {
                GraphQLScalarTypes.registerCustomScalar(entry.getValue().getName(), entry.getKey(), described(entry.getValue(), meaning));
            }
        }
    }

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    private static GraphQLScalarType described(GraphQLScalarType scalar, Meaning meaning) {
        return scalar.transform(b -> {
            b.description(meaning.description());
            if (meaning.specifiedBy() != null) {
                // the URL for introspection, the applied directive for the printed SDL
                b.specifiedByUrl(meaning.specifiedBy()).withAppliedDirective(GraphQLAppliedDirective.newDirective()
                        .name("specifiedBy").argument(GraphQLAppliedDirectiveArgument.newArgument().name("url")
                                .type(GraphQLNonNull.nonNull(graphql.Scalars.GraphQLString)).valueProgrammatic(meaning.specifiedBy())));
            }
        });
    }
}
