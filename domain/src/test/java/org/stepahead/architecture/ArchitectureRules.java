package org.stepahead.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.List;
import java.util.Set;
import org.jmolecules.archunit.JMoleculesDddRules;

/**
 * The dependency rules of docs/ARCHITECTURE.md ("Who may depend on whom") as ArchUnit rules, grouped per layer.
 * Every module runs the group of its own layer on its own production classes; a rule whose subject matches no class
 * fails (ArchUnit's default, kept on purpose).
 */
public final class ArchitectureRules {

    static final String DOMAIN = "org.stepahead.domain..";
    static final String APPLICATION = "org.stepahead.application..";
    static final String APPLICATION_ROOT = "org.stepahead.application";
    static final String PORT_IN = "org.stepahead.application.port.in..";
    static final String PORT_OUT = "org.stepahead.application.port.out..";
    static final String SERVICE = "org.stepahead.application.service..";
    static final String WEB = "org.stepahead.adapter.in.web..";
    static final String WEB_ROOT = "org.stepahead.adapter.in.web";
    static final String WEB_WIRING = "org.stepahead.adapter.in.web.boot..";
    static final String CLI = "org.stepahead.adapter.in.cli..";
    static final String CLI_ROOT = "org.stepahead.adapter.in.cli";
    static final String PERSISTENCE = "org.stepahead.adapter.out.persistence..";
    static final String CALENDAR = "org.stepahead.adapter.out.calendar..";
    static final String OUTGOING_ADAPTERS = "org.stepahead.adapter.out..";
    static final String ICAL4J = "net.fortuna.ical4j..";

    private static final Set<String> HARMLESS_JAVA_IO = Set.of(
            "java.io.Serializable",
            "java.io.Serial",
            "java.io.UncheckedIOException",
            "java.io.IOException",
            "java.io.ObjectStreamException",
            "java.io.InvalidObjectException");

    private static final DescribedPredicate<JavaClass> FILE_NETWORK_OR_DATABASE_IO = resideInAnyPackage(
                    "java.sql..", "java.net..", "java.nio.file..", "java.nio.channels..", "java.rmi..", "java.awt..")
            .or(describe(
                    "are java.io stream or file types",
                    c -> c.getPackageName().equals("java.io") && !HARMLESS_JAVA_IO.contains(c.getName())))
            .as("do file, network, database or desktop I/O");

    private static final DescribedPredicate<JavaAccess<?>> READS_THE_WALL_CLOCK = describe(
            "reads the wall clock (java.time now(..), Clock.system*(..), System.currentTimeMillis/nanoTime)",
            access -> readsTheWallClock(access.getTarget()));

    private static final DescribedPredicate<JavaClass> CLI_ENTRY_POINT = describe(
            "are the CLI's entry point (the class of " + CLI_ROOT + " that declares main(String[]), with its nested "
                    + "classes)",
            c -> topLevel(c).getPackageName().equals(CLI_ROOT) && declaresMain(topLevel(c)));

    private static final DescribedPredicate<JavaClass> SERVICE_CLASSES = describe(
            "are top-level classes of " + SERVICE + " named *Service or implementing a *UseCase",
            c -> c.getPackageName().startsWith(APPLICATION_ROOT + ".service")
                    && c.isTopLevelClass()
                    && !c.isInterface()
                    && (c.getSimpleName().endsWith("Service") || !useCasesOf(c).isEmpty()));

    private static final ArchCondition<JavaClass> IMPLEMENT_ONE_USE_CASE_NAMED_AFTER_IT =
            new ArchCondition<>("implement exactly one *UseCase interface and be named after it") {
                @Override
                public void check(JavaClass service, ConditionEvents events) {
                    List<String> useCases = useCasesOf(service);
                    if (useCases.size() != 1) {
                        events.add(SimpleConditionEvent.violated(
                                service,
                                service.getName() + " implements " + useCases.size() + " use cases " + useCases));
                        return;
                    }
                    String expected = useCases.get(0).replaceFirst("UseCase$", "Service");
                    if (!service.getSimpleName().equals(expected)) {
                        events.add(SimpleConditionEvent.violated(
                                service,
                                service.getName() + " implements " + useCases.get(0) + " but is not named "
                                        + expected));
                    }
                }
            };

    private static final DescribedPredicate<JavaClass> REST_CONTROLLERS = describe(
            "are top-level classes of " + WEB + " named *Controller, outside the pages (" + WEB_ROOT + ".ui)",
            c -> c.getPackageName().startsWith(WEB_ROOT)
                    && !c.getPackageName().startsWith(WEB_ROOT + ".ui")
                    && c.isTopLevelClass()
                    && c.getSimpleName().endsWith("Controller"));

    private static final ArchCondition<JavaClass> CALL_ONE_USE_CASE_NAMED_AFTER_IT =
            new ArchCondition<>("call exactly one *UseCase and be named after it") {
                @Override
                public void check(JavaClass controller, ConditionEvents events) {
                    List<String> useCases = useCasesCalledBy(controller);
                    if (useCases.size() != 1) {
                        events.add(SimpleConditionEvent.violated(
                                controller,
                                controller.getName() + " calls " + useCases.size() + " use cases " + useCases));
                        return;
                    }
                    String expected = useCases.get(0).replaceFirst("UseCase$", "Controller");
                    if (!controller.getSimpleName().equals(expected)) {
                        events.add(SimpleConditionEvent.violated(
                                controller,
                                controller.getName() + " calls " + useCases.get(0) + " but is not named " + expected));
                    }
                }
            };

    private static final SliceAssignment EACH_TOP_LEVEL_APPLICATION_CLASS = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            return c.getPackageName().startsWith(APPLICATION_ROOT)
                    ? SliceIdentifier.of(topLevel(c).getName())
                    : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "each top-level class of " + APPLICATION + " (with its nested classes)";
        }
    };

    private ArchitectureRules() {}

    // ---------------------------------------------------------------- domain

    public static final ArchRule DOMAIN_DEPENDS_ONLY_ON_JAVA_JMOLECULES_AND_ITSELF = classes()
            .that()
            .resideInAPackage(DOMAIN)
            .should()
            .onlyDependOnClassesThat(
                    resideInAnyPackage("java..", "org.jmolecules..", DOMAIN).and(not(FILE_NETWORK_OR_DATABASE_IO)))
            .because("the domain is plain Java and jMolecules (an allow-list): no framework, no adapter, "
                    + "no JDBC and no file or network I/O");

    public static final ArchRule DOMAIN_READS_NO_WALL_CLOCK = noClasses()
            .that()
            .resideInAPackage(DOMAIN)
            .should()
            .accessTargetWhere(READS_THE_WALL_CLOCK)
            .because("time comes into the domain as a parameter or through a clock port, so rules stay testable");

    public static final ArchRule DOMAIN_WRITES_NO_TEXT_FOR_PEOPLE = noClasses()
            .that()
            .resideInAPackage(DOMAIN)
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.util.ResourceBundle")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.text.MessageFormat")
            .because("the domain keeps stable codes (rule codes with arguments, enum constants); messages and labels "
                    + "in Russian and English live in the application's bundles (org.stepahead.application.port.in"
                    + ".Messages) and the adapters");

    public static final ArchRule DOMAIN_FOLLOWS_JMOLECULES_DDD_RULES = JMoleculesDddRules.all()
            .because("aggregates reference each other by identifier and value objects hold no entities");

    // ---------------------------------------------------------------- application

    public static final ArchRule APPLICATION_DEPENDS_ONLY_ON_DOMAIN_JAVA_JMOLECULES_AND_VALIDATION = classes()
            .that()
            .resideInAPackage(APPLICATION)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.jmolecules..", "jakarta.validation..", DOMAIN, APPLICATION)
            .because("the application uses only the domain, Java, jMolecules and the Jakarta Validation API: "
                    + "never an adapter, Spring or a persistence framework");

    public static final ArchRule APPLICATION_USES_NO_JDBC = noClasses()
            .that()
            .resideInAPackage(APPLICATION)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("java.sql..")
            .because("JDBC belongs to the persistence adapter; the application only names its storage by settings");

    public static final ArchRule INCOMING_PORTS_DO_NOT_DEPEND_ON_OUTGOING_PORTS = noClasses()
            .that()
            .resideInAPackage(PORT_IN)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(PORT_OUT)
            .because("incoming and outgoing ports are two independent sides of the hexagon");

    public static final ArchRule OUTGOING_PORTS_DO_NOT_DEPEND_ON_INCOMING_PORTS = noClasses()
            .that()
            .resideInAPackage(PORT_OUT)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(PORT_IN)
            .because("incoming and outgoing ports are two independent sides of the hexagon");

    public static final ArchRule PORTS_DO_NOT_DEPEND_ON_SERVICES = noClasses()
            .that()
            .resideInAnyPackage(PORT_IN, PORT_OUT)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(SERVICE)
            .because("ports are the contract; services implement it, not the other way round");

    private static final DescribedPredicate<JavaClass> SEALED =
            DescribedPredicate.describe("sealed", c -> c.reflect().isSealed());

    public static final ArchRule INCOMING_PORT_INTERFACES_ARE_USE_CASES = classes()
            .that()
            .resideInAPackage(PORT_IN)
            .and()
            .areInterfaces()
            .and()
            .areNotAnnotations()
            .and(DescribedPredicate.not(SEALED))
            .should()
            .haveSimpleNameEndingWith("UseCase")
            .because("incoming ports are named <Verb><Noun>UseCase (a sealed interface is a closed set of values that"
                    + " commands share, not a port: no adapter can implement it)");

    public static final ArchRule ONLY_COMPOSITION_DEPENDS_ON_THE_ENTRY_POINT = noClasses()
            .that()
            .resideOutsideOfPackages(APPLICATION_ROOT, WEB_WIRING)
            .and(not(CLI_ENTRY_POINT))
            .should()
            .dependOnClassesThat()
            .resideInAPackage(APPLICATION_ROOT)
            .because("org.stepahead.application.StepAhead assembles the services; only composition code takes use "
                    + "cases from it (the web's " + WEB_WIRING + " and the CLI's entry point, whose command factory "
                    + "gives each command its use cases by constructor): no controller, command or context object "
                    + "serves as a service locator");

    public static final ArchRule SERVICES_DO_NOT_KNOW_THE_ENTRY_POINT = noClasses()
            .that()
            .resideInAPackage(SERVICE)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(APPLICATION_ROOT)
            .because("services get the ports and use cases they need through their constructors: no service locator, "
                    + "no cycle through the entry point");

    public static final ArchRule EACH_SERVICE_IMPLEMENTS_ONE_USE_CASE_NAMED_AFTER_IT = classes()
            .that(SERVICE_CLASSES)
            .should(IMPLEMENT_ONE_USE_CASE_NAMED_AFTER_IT)
            .because("one small service per use case: <Verb><Noun>UseCase is implemented by <Verb><Noun>Service");

    public static final ArchRule APPLICATION_CLASSES_ARE_FREE_OF_CYCLES = SlicesRuleDefinition.slices()
            .assignedFrom(EACH_TOP_LEVEL_APPLICATION_CLASS)
            .should()
            .beFreeOfCycles()
            .because("the entry point assembles, services use ports and helpers: dependencies between the classes "
                    + "of the application go one way");

    // ---------------------------------------------------------------- every module

    public static final ArchRule ONLY_WIRING_DEPENDS_ON_SERVICES = noClasses()
            .that()
            .resideOutsideOfPackages(SERVICE, APPLICATION_ROOT)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(SERVICE)
            .because("services are reached through incoming ports; only the entry point "
                    + "org.stepahead.application.StepAhead builds them");

    public static final ArchRule ICAL4J_LIVES_ONLY_IN_THE_CALENDAR_ADAPTER = noClasses()
            .that()
            .resideOutsideOfPackage(CALENDAR)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(ICAL4J)
            .because("iCalendar is written in one place, " + CALENDAR + " behind the CalendarWriter port; "
                    + "web and CLI call ExportCalendarUseCase");

    public static final ArchRule ROWS_LIVE_ONLY_IN_THE_PERSISTENCE_ADAPTER = noClasses()
            .that()
            .resideOutsideOfPackage(PERSISTENCE)
            .should()
            .haveSimpleNameEndingWith("Row")
            .because("table rows (<Name>Row records) are a persistence detail");

    // ---------------------------------------------------------------- adapters

    public static final ArchRule WEB_ADAPTER_NAMES_NO_OTHER_ADAPTER = noClasses()
            .that()
            .resideInAPackage(WEB)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(CLI, OUTGOING_ADAPTERS)
            .because("adapters plug into the application only; the storage and the calendar writer are found at run "
                    + "time");

    public static final ArchRule CLI_ADAPTER_NAMES_NO_OTHER_ADAPTER = noClasses()
            .that()
            .resideInAPackage(CLI)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(WEB, OUTGOING_ADAPTERS)
            .because("adapters plug into the application only; the storage and the calendar writer are found at run "
                    + "time");

    public static final ArchRule PERSISTENCE_ADAPTER_USES_NO_INCOMING_ADAPTER = noClasses()
            .that()
            .resideInAPackage(PERSISTENCE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(WEB, CLI)
            .because("outgoing adapters never use incoming ones");

    public static final ArchRule CONTROLLERS_CALL_INCOMING_PORTS_ONLY = noClasses()
            .that()
            .resideInAPackage(WEB)
            .and()
            .resideOutsideOfPackage(WEB_WIRING)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(PORT_OUT, SERVICE)
            .because("controllers call incoming ports only; just the wiring in " + WEB_ROOT
                    + ".boot may open the storage");

    public static final ArchRule EACH_REST_CONTROLLER_CALLS_ONE_USE_CASE_NAMED_AFTER_IT = classes()
            .that(REST_CONTROLLERS)
            .should(CALL_ONE_USE_CASE_NAMED_AFTER_IT)
            .because("one controller per use case: <Verb><Noun>UseCase is served by <Verb><Noun>Controller");

    public static final ArchRule CLI_COMMANDS_CALL_INCOMING_PORTS_ONLY = noClasses()
            .that()
            .resideInAPackage(CLI)
            .and()
            .resideOutsideOfPackage(CLI_ROOT)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(PORT_OUT, SERVICE)
            .because("CLI commands call incoming ports only; just the main class in " + CLI_ROOT
                    + " may open the storage");

    public static final ArchRule PERSISTENCE_ADAPTER_IMPLEMENTS_OUTGOING_PORTS_ONLY = noClasses()
            .that()
            .resideInAPackage(PERSISTENCE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(PORT_IN, SERVICE)
            .because("the persistence adapter implements outgoing ports and knows nothing of use cases");

    public static final ArchRule CALENDAR_ADAPTER_IMPLEMENTS_OUTGOING_PORTS_ONLY = noClasses()
            .that()
            .resideInAPackage(CALENDAR)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(PORT_IN, SERVICE, WEB, CLI, PERSISTENCE)
            .because("the calendar writer turns the application's CalendarFeed into text: it knows no use case, no "
                    + "incoming adapter and no storage");

    // ---------------------------------------------------------------- groups, one per layer

    /** Rules every module checks on its own classes. */
    public static final CompositeArchRule EVERY_MODULE = CompositeArchRule.of(ONLY_WIRING_DEPENDS_ON_SERVICES)
            .and(ONLY_COMPOSITION_DEPENDS_ON_THE_ENTRY_POINT)
            .and(ICAL4J_LIVES_ONLY_IN_THE_CALENDAR_ADAPTER);

    public static final CompositeArchRule DOMAIN_LAYER = CompositeArchRule.of(
                    DOMAIN_DEPENDS_ONLY_ON_JAVA_JMOLECULES_AND_ITSELF)
            .and(DOMAIN_READS_NO_WALL_CLOCK)
            .and(DOMAIN_WRITES_NO_TEXT_FOR_PEOPLE)
            .and(DOMAIN_FOLLOWS_JMOLECULES_DDD_RULES)
            .and(ROWS_LIVE_ONLY_IN_THE_PERSISTENCE_ADAPTER)
            .and(EVERY_MODULE);

    public static final CompositeArchRule APPLICATION_LAYER = CompositeArchRule.of(
                    APPLICATION_DEPENDS_ONLY_ON_DOMAIN_JAVA_JMOLECULES_AND_VALIDATION)
            .and(APPLICATION_USES_NO_JDBC)
            .and(INCOMING_PORTS_DO_NOT_DEPEND_ON_OUTGOING_PORTS)
            .and(OUTGOING_PORTS_DO_NOT_DEPEND_ON_INCOMING_PORTS)
            .and(PORTS_DO_NOT_DEPEND_ON_SERVICES)
            .and(INCOMING_PORT_INTERFACES_ARE_USE_CASES)
            .and(SERVICES_DO_NOT_KNOW_THE_ENTRY_POINT)
            .and(EACH_SERVICE_IMPLEMENTS_ONE_USE_CASE_NAMED_AFTER_IT)
            .and(APPLICATION_CLASSES_ARE_FREE_OF_CYCLES)
            .and(ROWS_LIVE_ONLY_IN_THE_PERSISTENCE_ADAPTER)
            .and(EVERY_MODULE);

    public static final CompositeArchRule PERSISTENCE_ADAPTER = CompositeArchRule.of(
                    PERSISTENCE_ADAPTER_USES_NO_INCOMING_ADAPTER)
            .and(PERSISTENCE_ADAPTER_IMPLEMENTS_OUTGOING_PORTS_ONLY)
            .and(EVERY_MODULE);

    /** The calendar writer, which lives in the persistence adapter's module beside the storages. */
    public static final CompositeArchRule CALENDAR_ADAPTER = CompositeArchRule.of(
                    CALENDAR_ADAPTER_IMPLEMENTS_OUTGOING_PORTS_ONLY)
            .and(EVERY_MODULE);

    public static final CompositeArchRule WEB_ADAPTER = CompositeArchRule.of(WEB_ADAPTER_NAMES_NO_OTHER_ADAPTER)
            .and(CONTROLLERS_CALL_INCOMING_PORTS_ONLY)
            .and(EACH_REST_CONTROLLER_CALLS_ONE_USE_CASE_NAMED_AFTER_IT)
            .and(ROWS_LIVE_ONLY_IN_THE_PERSISTENCE_ADAPTER)
            .and(EVERY_MODULE);

    public static final CompositeArchRule CLI_ADAPTER = CompositeArchRule.of(CLI_ADAPTER_NAMES_NO_OTHER_ADAPTER)
            .and(CLI_COMMANDS_CALL_INCOMING_PORTS_ONLY)
            .and(ROWS_LIVE_ONLY_IN_THE_PERSISTENCE_ADAPTER)
            .and(EVERY_MODULE);

    private static JavaClass topLevel(JavaClass c) {
        JavaClass outer = c;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    private static boolean declaresMain(JavaClass c) {
        return c.getMethods().stream()
                .anyMatch(m -> m.getName().equals("main")
                        && m.getModifiers().contains(JavaModifier.STATIC)
                        && m.getRawParameterTypes().size() == 1
                        && m.getRawParameterTypes().get(0).isEquivalentTo(String[].class));
    }

    /** The incoming ports (*UseCase interfaces) a class and its nested classes depend on, by simple name. */
    private static List<String> useCasesCalledBy(JavaClass c) {
        return c.getDirectDependenciesFromSelf().stream()
                .map(d -> d.getTargetClass())
                .filter(t -> t.getPackageName().startsWith(APPLICATION_ROOT + ".port.in")
                        && t.getSimpleName().endsWith("UseCase"))
                .map(JavaClass::getSimpleName)
                .distinct()
                .sorted()
                .toList();
    }

    private static List<String> useCasesOf(JavaClass c) {
        return c.getRawInterfaces().stream()
                .map(JavaClass::getSimpleName)
                .filter(name -> name.endsWith("UseCase"))
                .sorted()
                .toList();
    }

    private static boolean readsTheWallClock(AccessTarget target) {
        String owner = target.getOwner().getName();
        String name = target.getName();
        if (owner.startsWith("java.time.") && name.equals("now")) {
            return true;
        }
        if (owner.equals("java.time.Clock") && name.startsWith("system")) {
            return true;
        }
        return owner.equals("java.lang.System") && (name.equals("currentTimeMillis") || name.equals("nanoTime"));
    }
}
