package org.cradle.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rule, class by class: what the Maven graph allows, and what it cannot see. */
class ArchitectureTest {

    private static JavaClasses cradle;

    @BeforeAll
    static void importCradle() {
        cradle = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // The ports' contracts and fakes are tests too, though they come from application's
                // test-jar, which DO_NOT_INCLUDE_TESTS does not recognise once packaged (ADR 29).
                .withImportOption(location -> !location.contains("/org/cradle/contracts/"))
                .importPackages("org.cradle");
    }

    @Test
    void the_domain_uses_nothing_but_the_jdk() {
        classes()
                .that()
                .resideInAPackage("org.cradle.domain..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("org.cradle.domain..", "java..")
                .check(cradle);
    }

    @Test
    void the_application_uses_the_domain_the_jdk_and_transaction_and_cdi_annotations_only() {
        classes()
                .that()
                .resideInAPackage("org.cradle.application..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "org.cradle.application..",
                        "org.cradle.domain..",
                        "java..",
                        "jakarta.transaction..",
                        "jakarta.enterprise.context..")
                .check(cradle);
    }

    @Test
    void adapters_do_not_depend_on_each_other() {
        slices().matching("org.cradle.adapters.(*)..")
                .should()
                .notDependOnEachOther()
                .check(cradle);
    }

    /**
     * Access is the domain's access policy, decided from the actor: never Quarkus permissions, which
     * the identities of remembered tokens do not carry (ADR 0022).
     */
    @Test
    void nothing_is_granted_through_quarkus_permissions() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("io.quarkus.security.PermissionsAllowed")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("io.quarkus.security.PermissionChecker")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("io.quarkus.security.StringPermission")
                .check(cradle);
    }

    @Test
    void nothing_depends_on_the_bootstrap() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.cradle.bootstrap..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.cradle.bootstrap..")
                .check(cradle);
    }

    @Test
    void domain_and_application_do_not_know_the_adapters() {
        noClasses()
                .that()
                .resideInAnyPackage("org.cradle.domain..", "org.cradle.application..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.cradle.adapters..")
                .check(cradle);
    }

    @Test
    void the_rest_adapter_reaches_persistence_only_through_use_cases() {
        noClasses()
                .that()
                .resideInAPackage("org.cradle.adapters.rest..")
                .should()
                .dependOnClassesThat(portsOfPersistence())
                .check(cradle);
    }

    @Test
    void each_use_case_is_one_class_with_one_public_verb() {
        classes()
                .that()
                .resideInAPackage("org.cradle.application..")
                .and()
                .resideOutsideOfPackage("org.cradle.application.access..")
                .and()
                .areAnnotatedWith(jakarta.enterprise.context.ApplicationScoped.class)
                .should(haveExactlyOnePublicMethod())
                .check(cradle);
    }

    @Test
    void every_use_case_that_acts_for_someone_asks_the_access_service_first() {
        classes()
                .that()
                .resideInAPackage("org.cradle.application..")
                .and()
                .resideOutsideOfPackage("org.cradle.application.access..")
                .and()
                .areAnnotatedWith(jakarta.enterprise.context.ApplicationScoped.class)
                .and(actForAnActor())
                .should(askTheAccessService())
                .check(cradle);
    }

    @Test
    void only_the_access_service_applies_the_access_policy_so_there_is_one_way_in() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.cradle.domain..", "org.cradle.application.access..")
                .should()
                .callMethodWhere(DescribedPredicate.describe(
                        "the access policy's decisions",
                        call -> call.getTarget().getOwner().getName().equals("org.cradle.domain.access.AccessPolicy")))
                .check(cradle);
    }

    private static DescribedPredicate<JavaClass> actForAnActor() {
        return DescribedPredicate.describe("act for an actor", useCase -> useCase.getMethods().stream()
                .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                .anyMatch(m -> m.getRawParameterTypes().stream()
                        .anyMatch(t -> t.getName().equals("org.cradle.domain.actor.Actor"))));
    }

    private static ArchCondition<JavaClass> askTheAccessService() {
        return new ArchCondition<>("ask the access service (Access.require...) before touching a record, itself or"
                + " through a step it shares with its twins (an application @Dependent class that asks)") {
            @Override
            public void check(JavaClass useCase, ConditionEvents events) {
                boolean asks = asksItself(useCase)
                        || useCase.getMethodCallsFromSelf().stream()
                                .map(call -> call.getTargetOwner())
                                .filter(step -> step.getPackageName().startsWith("org.cradle.application")
                                        && step.isAnnotatedWith(jakarta.enterprise.context.Dependent.class))
                                .anyMatch(ArchitectureTest::asksItself);
                events.add(new SimpleConditionEvent(
                        useCase, asks, useCase.getName() + (asks ? " asks" : " does not ask") + " the access service"));
            }
        };
    }

    private static boolean asksItself(JavaClass javaClass) {
        return javaClass.getMethodCallsFromSelf().stream()
                .anyMatch(call -> call.getTargetOwner().getName().equals("org.cradle.application.access.Access")
                        && call.getName().startsWith("require"));
    }

    private static DescribedPredicate<JavaClass> portsOfPersistence() {
        return DescribedPredicate.describe(
                "outbound ports (repositories and the audit trail)",
                javaClass -> javaClass.getPackageName().startsWith("org.cradle.application")
                        && javaClass.isInterface()
                        && !javaClass.getSimpleName().equals("Joiner"));
    }

    private static ArchCondition<JavaClass> haveExactlyOnePublicMethod() {
        return new ArchCondition<>("have exactly one public method") {
            @Override
            public void check(JavaClass useCase, ConditionEvents events) {
                long count = useCase.getMethods().stream()
                        .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                        .count();
                events.add(new SimpleConditionEvent(
                        useCase, count == 1, useCase.getName() + " has " + count + " public methods"));
            }
        };
    }

    /**
     * What follows a change happens in one place (the unit of work a permit opens): a use case that reads
     * or writes a record through a port hands over what happened, itself or through a step it shares with
     * its twins, and nothing would be audited (nor any date moved) if it forgot.
     */
    @Test
    void every_use_case_that_reads_or_writes_records_hands_over_its_facts() {
        classes()
                .that()
                .resideInAPackage("org.cradle.application..")
                .and()
                .resideOutsideOfPackages("org.cradle.application.access..", "org.cradle.application.fact..")
                .and()
                .areAnnotatedWith(jakarta.enterprise.context.ApplicationScoped.class)
                .and(actForAnActor())
                .and(useAPortOfRecords())
                .should(handOverFacts())
                .check(cradle);
    }

    @Test
    void only_the_unit_of_work_writes_a_permits_facts_to_the_audit_trail() {
        noClasses()
                .that()
                .resideInAPackage("org.cradle.application..")
                .and()
                .doNotHaveFullyQualifiedName("org.cradle.application.audit.AuditedFacts")
                .should()
                .callMethodWhere(DescribedPredicate.describe(
                        "AuditTrail.record",
                        call -> call.getTargetOwner().getName().equals("org.cradle.application.audit.AuditTrail")
                                && call.getName().equals("record")))
                .because("a use case hands its facts to its permit's unit of work, which audits them on the ground"
                        + " the policy gave; an event written by hand could name another")
                .check(cradle);
    }

    @Test
    void only_retention_recomputes_retention_dates_from_its_one_list_of_facts() {
        noClasses()
                .that()
                .resideInAPackage("org.cradle.application..")
                .and()
                .resideOutsideOfPackage("org.cradle.application.retention..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.cradle.application.retention.RetentionDates")
                .because("the facts that move retention dates are declared once (DatesMovedByFacts)")
                .check(cradle);
    }

    @Test
    void the_domain_has_no_dependency_cycle_between_its_packages() {
        slices().matching("org.cradle.domain.(*)..").should().beFreeOfCycles().check(cradle);
    }

    @Test
    void the_application_has_no_dependency_cycle_between_its_packages() {
        slices().matching("org.cradle.application.(*)..")
                .should()
                .beFreeOfCycles()
                .check(cradle);
    }

    @Test
    void persistence_has_no_dependency_cycle_between_its_packages() {
        slices().matching("org.cradle.adapters.persistence.(*)..")
                .should()
                .beFreeOfCycles()
                .check(cradle);
    }

    /**
     * Ports that hold no person's details, each with why: reading or changing them is not a read or a
     * write of personal data, and handing over a fact for it would fill the trail with noise.
     */
    private static final java.util.Map<String, String> PORTS_WITHOUT_RECORDS = java.util.Map.ofEntries(
            java.util.Map.entry("org.cradle.application.organisation.Organisations", "the directory"),
            java.util.Map.entry("org.cradle.application.retention.RetentionRules", "the schedule as shipped"),
            java.util.Map.entry("org.cradle.application.retention.RuleHistory", "the schedule's versions"),
            java.util.Map.entry("org.cradle.application.retention.Schedules", "an organisation's settings"),
            java.util.Map.entry(
                    "org.cradle.application.retention.RetentionRecords",
                    "records' review dates, by identifier (ADR 20); ExplainRetention, which shows whose dates"
                            + " of birth and death made one, is audited"),
            java.util.Map.entry(
                    "org.cradle.application.retention.RetentionDecisions", "officers' decisions on record ids"),
            java.util.Map.entry(
                    "org.cradle.application.retention.DestructionCertificates",
                    "certificates name destroyed records by identifier only, to outlive them (ADR 21)"),
            java.util.Map.entry("org.cradle.application.retention.LegalHolds", "holds on record identifiers"),
            java.util.Map.entry(
                    "org.cradle.application.audit.AuditTrail",
                    "an auditor's query of the trail, which names records by identifier only; a person's"
                            + " access log (who saw my record) is audited as ACCESS_LOG_READ"),
            java.util.Map.entry("org.cradle.application.ratelimit.RateLimitCounters", "per-client counts"),
            java.util.Map.entry("org.cradle.application.ratelimit.RateLimitPolicies", "the limits"),
            java.util.Map.entry("org.cradle.application.chain.ChainLedger", "hashes and sequence numbers"));

    private static DescribedPredicate<JavaClass> useAPortOfRecords() {
        return DescribedPredicate.describe("use a port that holds records", useCase -> callees(useCase).stream()
                .anyMatch(owner -> portsOfPersistence().test(owner)
                        && !PORTS_WITHOUT_RECORDS.containsKey(owner.getName())
                        && !owner.getName().startsWith("org.cradle.application.access.")));
    }

    /** The classes a use case calls, itself and through the application steps (@Dependent) it calls. */
    private static java.util.Set<JavaClass> callees(JavaClass useCase) {
        java.util.Set<JavaClass> seen = new java.util.LinkedHashSet<>();
        java.util.Deque<JavaClass> next = new java.util.ArrayDeque<>(java.util.List.of(useCase));
        java.util.Set<JavaClass> visited = new java.util.HashSet<>();
        while (!next.isEmpty()) {
            JavaClass current = next.pop();
            if (!visited.add(current)) {
                continue;
            }
            current.getMethodCallsFromSelf().forEach(call -> {
                JavaClass owner = call.getTargetOwner();
                seen.add(owner);
                // RetentionDates is what follows the facts that move dates, not a read of a record.
                if (owner.getPackageName().startsWith("org.cradle.application")
                        && owner.isAnnotatedWith(jakarta.enterprise.context.Dependent.class)
                        && !owner.getName().equals("org.cradle.application.retention.RetentionDates")) {
                    next.push(owner);
                }
            });
        }
        return seen;
    }

    private static ArchCondition<JavaClass> handOverFacts() {
        return new ArchCondition<>("hand its facts over to its permit's unit of work (Permit.handOver), itself or"
                + " through a step it shares with its twins (an application @Dependent class)") {
            @Override
            public void check(JavaClass useCase, ConditionEvents events) {
                java.util.Set<JavaClass> steps = new java.util.LinkedHashSet<>(java.util.List.of(useCase));
                callees(useCase).stream()
                        .filter(owner -> owner.getPackageName().startsWith("org.cradle.application")
                                && owner.isAnnotatedWith(jakarta.enterprise.context.Dependent.class))
                        .forEach(steps::add);
                boolean hands = steps.stream()
                        .flatMap(step -> step.getMethodCallsFromSelf().stream())
                        .anyMatch(call -> call.getTargetOwner().getName().equals("org.cradle.application.access.Permit")
                                && call.getName().equals("handOver"));
                events.add(new SimpleConditionEvent(
                        useCase,
                        hands,
                        useCase.getName() + (hands ? " hands over" : " reads or writes records and hands over no")
                                + " facts"));
            }
        };
    }

    @Test
    void every_http_operation_declares_the_capability_it_needs_so_roles_are_checked_before_input() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .resideInAPackage("org.cradle.adapters.rest..")
                .and()
                .arePublic()
                .and(new DescribedPredicate<JavaMethod>("are HTTP operations") {
                    @Override
                    public boolean test(JavaMethod method) {
                        return method.isAnnotatedWith(jakarta.ws.rs.GET.class)
                                || method.isAnnotatedWith(jakarta.ws.rs.POST.class)
                                || method.isAnnotatedWith(jakarta.ws.rs.PUT.class)
                                || method.isAnnotatedWith(jakarta.ws.rs.DELETE.class)
                                || method.isAnnotatedWith(jakarta.ws.rs.PATCH.class);
                    }
                })
                .should()
                .beAnnotatedWith(org.cradle.adapters.rest.access.Requires.class)
                .because("OperationGate refuses callers whose roles can never use an operation before the request"
                        + " is read; an operation without @Requires would validate input for strangers")
                .check(cradle);
    }

    @Test
    void persistence_runs_no_hibernate_native_queries_which_are_planned_again_on_every_execution() {
        noClasses()
                .that()
                .resideInAPackage("org.cradle.adapters.persistence..")
                .should()
                .callMethodWhere(new DescribedPredicate<>("a native query is created") {
                    @Override
                    public boolean test(com.tngtech.archunit.core.domain.JavaMethodCall call) {
                        return call.getTarget().getName().equals("createNativeQuery");
                    }
                })
                .because("SQL that JPQL cannot say goes through Jdbc (prepared statements); Hibernate's native"
                        + " queries fill the query plan cache with entries that never hit")
                .check(cradle);
    }

    /**
     * One persistence idiom, said by the name (ADR 29): entities are plain JPA entities; a port's
     * adapter composes a small Panache repository ({@code <X>Rows}, package-private, never a port
     * itself) and is named {@code Panache<Port>}, or reaches the database through plain JDBC and is
     * named {@code Sql<Port>}. An adapter that reaches no database (one port over another) is neither.
     */
    @Test
    void persistence_adapters_compose_panache_or_use_jdbc_and_their_names_say_which() {
        JavaClasses persistence = cradle.that(DescribedPredicate.describe(
                "persistence classes", c -> c.getPackageName().startsWith("org.cradle.adapters.persistence")));
        noClasses()
                .should()
                .beAssignableTo(io.quarkus.hibernate.orm.panache.PanacheEntityBase.class)
                .because("an entity is plain JPA: its queries live in the adapter's Rows, not on the row")
                .check(persistence);
        classes()
                .that()
                .areAssignableTo(io.quarkus.hibernate.orm.panache.PanacheRepositoryBase.class)
                .should()
                .haveSimpleNameEndingWith("Rows")
                .andShould()
                .notBePublic()
                .andShould(implementNoPort())
                .because("a Panache repository is the adapter's own rows, composed, never the port's adapter itself")
                .check(persistence);
        classes().that(implementAPort()).should(sayTheirIdiom()).check(persistence);
    }

    private static boolean isPort(JavaClass type) {
        return type.isInterface() && type.getPackageName().startsWith("org.cradle.application");
    }

    private static DescribedPredicate<JavaClass> implementAPort() {
        return DescribedPredicate.describe(
                "implement a port", c -> c.getRawInterfaces().stream().anyMatch(ArchitectureTest::isPort));
    }

    private static ArchCondition<JavaClass> implementNoPort() {
        return new ArchCondition<>("implement no port") {
            @Override
            public void check(JavaClass rows, ConditionEvents events) {
                boolean port = rows.getAllRawInterfaces().stream().anyMatch(ArchitectureTest::isPort);
                events.add(new SimpleConditionEvent(
                        rows, !port, rows.getName() + (port ? " implements a port" : " implements no port")));
            }
        };
    }

    /**
     * {@code Panache*} exactly when it composes a Panache repository; otherwise {@code Sql*} when it
     * reaches the database (an EntityManager, a DataSource, {@code Jdbc}, java.sql).
     */
    private static ArchCondition<JavaClass> sayTheirIdiom() {
        return new ArchCondition<>("be named Panache* when composing a Panache repository, Sql* when using JDBC") {
            @Override
            public void check(JavaClass adapter, ConditionEvents events) {
                boolean composesPanache = adapter.getDirectDependenciesFromSelf().stream()
                        .anyMatch(d -> d.getTargetClass()
                                .isAssignableTo(io.quarkus.hibernate.orm.panache.PanacheRepositoryBase.class));
                boolean reachesTheDatabase = adapter.getDirectDependenciesFromSelf().stream()
                        .map(d -> d.getTargetClass().getName())
                        .anyMatch(name -> name.equals("jakarta.persistence.EntityManager")
                                || name.equals("javax.sql.DataSource")
                                || name.equals("io.agroal.api.AgroalDataSource")
                                || name.equals("org.cradle.adapters.persistence.Jdbc")
                                || name.startsWith("java.sql."));
                String name = adapter.getSimpleName();
                String expected = composesPanache ? "Panache" : reachesTheDatabase ? "Sql" : null;
                boolean says = expected == null
                        ? !name.startsWith("Panache") && !name.startsWith("Sql")
                        : name.startsWith(expected);
                events.add(new SimpleConditionEvent(
                        adapter,
                        says,
                        adapter.getName()
                                + (composesPanache
                                        ? " composes a Panache repository"
                                        : reachesTheDatabase ? " uses JDBC" : " reaches no database")
                                + (says
                                        ? " and its name says so"
                                        : " but is not named "
                                                + (expected == null ? "without Panache or Sql" : expected + "*"))));
            }
        };
    }
}
