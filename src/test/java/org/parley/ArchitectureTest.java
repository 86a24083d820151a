package org.parley;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Query;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.api.Subscription;

/** How the house is laid out (CONTRIBUTING.md), checked on the compiled classes. */
@AnalyzeClasses(packages = "org.parley", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * Features depend on `common` and on the features below them (conflict on party, every fact on source), never
     * back: a lower package that needs a higher one's answer declares an interface the higher one implements.
     */
    @ArchTest
    static final ArchRule packagesFormNoCycle = slices().matching("org.parley.(**)").should().beFreeOfCycles();

    /**
     * `common/` by what it is (CONTRIBUTING.md): the domain's values and the API's errors at the bottom, then the GraphQL
     * vocabulary (ids, `Node`), persistence, `node(id:)`, the web's edges, and reads and execution above them.
     */
    @ArchTest
    static final ArchRule valuesAndErrorsStandOnNothingOfOurs = classes().that()
            .resideInAnyPackage("org.parley.common.value", "org.parley.common.error")
            .should().onlyDependOnClassesThat(resideOutsideOfPackages("org.parley..", "org.hibernate..", "io.vertx..", "java.sql..")
                    .or(resideInAnyPackage("org.parley.common.value", "org.parley.common.error")))
            .because("a date, a topic or a refusal means the same whichever database, transport or type carries it");

    @ArchTest
    static final ArchRule featuresSpeakMicroProfileGraphQL = noClasses().that().resideOutsideOfPackage("org.parley.common..")
            .should().dependOnClassesThat().resideInAPackage("graphql..")
            .because("a feature declares its types and fields with MicroProfile GraphQL's annotations and its reads with "
                    + "common/read's model; graphql-java is the plumbing's");

    @ArchTest
    static final ArchRule theExecutionIsWiredNotCalled = noClasses().that().resideOutsideOfPackage("org.parley.common.execution..")
            .should().dependOnClassesThat().resideInAPackage("org.parley.common.execution..")
            .because("common/execution (transports, limits, error codes) stands between HTTP and SmallRye: nothing calls into it");

    @ArchTest
    static final ArchRule smallRyesInsidesOnlyInThePlumbing = noClasses().that()
            .resideOutsideOfPackages("org.parley.common.graphql", "org.parley.common.execution")
            .should().dependOnClassesThat().resideInAnyPackage("io.smallrye.graphql.execution..", "io.smallrye.graphql.schema..",
                    "io.smallrye.graphql.spi..", "io.smallrye.graphql.cdi..", "io.smallrye.graphql.bootstrap..",
                    "io.smallrye.graphql.scalar..")
            .because("what patches SmallRye's internals stays in one place, to be checked on each upgrade");

    @ArchTest
    static final ArchRule vertxOnlyAtTheHttpEdges = noClasses().that()
            .resideOutsideOfPackages("org.parley.common..", "org.parley.dataset", "org.parley.editing")
            .should().dependOnClassesThat().resideInAPackage("io.vertx..")
            .because("HTTP is met by the transports, the dataset's export route and the editors' access check only");

    private static final DescribedPredicate<JavaClass> DECLARED_IN_A_READS_FILE = DescribedPredicate.describe(
            "declared in a *Reads file", c -> c.getSourceCodeLocation().getSourceFileName().endsWith("Reads.java"));

    @ArchTest
    static final ArchRule howATypeReadsIsDeclaredBesideIt = noClasses().that().resideOutsideOfPackage("org.parley.common..")
            .and(DescribedPredicate.not(DECLARED_IN_A_READS_FILE))
            .should().dependOnClassesThat().resideInAPackage("org.parley.common.read..")
            .because("the read model of each type is one declaration, its feature's *Reads class (docs/reads.md)");

    private static final DescribedPredicate<JavaClass> ONLY_ADDING_FIELDS = DescribedPredicate.describe(
            "declaring no query, mutation or subscription", c -> c.getMethods().stream().noneMatch(m -> m.isAnnotatedWith(Query.class)
                    || m.isAnnotatedWith(Mutation.class) || m.isAnnotatedWith(Subscription.class)));

    /**
     * Quarkus does not always register a `@GraphQLApi` class that only adds fields to other types, and the native
     * executable then fails every request reaching it while the JVM build passes (docs/deployment.md).
     */
    @ArchTest
    static final ArchRule classesOnlyAddingFieldsAreRegisteredForReflection = classes().that().areAnnotatedWith(GraphQLApi.class)
            .and(ONLY_ADDING_FIELDS).should().beAnnotatedWith(RegisterForReflection.class);
}
