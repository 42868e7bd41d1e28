package org.stepahead.adapter.in.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.stepahead.adapter.in.cli.calendar.CalendarCommands;
import org.stepahead.adapter.in.cli.community.CommunityCommands;
import org.stepahead.adapter.in.cli.educator.EducatorCommands;
import org.stepahead.adapter.in.cli.event.EventCommands;
import org.stepahead.adapter.in.cli.membership.MemberCommands;
import org.stepahead.adapter.in.cli.membership.TutoringCommands;
import org.stepahead.adapter.in.cli.organization.OrganizationCommands;
import org.stepahead.adapter.in.cli.program.ActivityCommands;
import org.stepahead.adapter.in.cli.program.DirectionCommands;
import org.stepahead.adapter.in.cli.program.IndicatorCommands;
import org.stepahead.adapter.in.cli.program.ProgramCommands;
import org.stepahead.adapter.in.cli.program.ResultCommands;
import org.stepahead.adapter.in.cli.program.StageCommands;
import org.stepahead.adapter.in.cli.schedule.ScheduleCommands;
import org.stepahead.adapter.in.cli.support.CliContext;
import org.stepahead.adapter.in.cli.support.Converters;
import org.stepahead.adapter.in.cli.support.Output;
import org.stepahead.adapter.in.cli.support.OutputFormat;
import org.stepahead.adapter.in.cli.transfer.ExportCommunityCliCommand;
import org.stepahead.adapter.in.cli.transfer.ImportCommunityCliCommand;
import org.stepahead.application.StepAhead;
import org.stepahead.application.port.out.Storage;
import org.stepahead.application.port.out.StorageProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The command line {@code stepahead} and its composition: global options, subcommands by noun and verb, exit codes.
 * It is the only CLI class that knows {@link StepAhead}: its {@link CommandFactory} gives each command the use cases
 * its constructor names, and the storage is opened on the first call of a use case (so help, version, usage errors
 * and {@code schedule parse} never open it) and closed at exit.
 */
@Command(
        name = "stepahead",
        mixinStandardHelpOptions = true,
        versionProvider = StepAheadCli.Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        subcommands = {
            OrganizationCommands.class,
            EducatorCommands.class,
            CommunityCommands.class,
            MemberCommands.class,
            TutoringCommands.class,
            ProgramCommands.class,
            StageCommands.class,
            DirectionCommands.class,
            ActivityCommands.class,
            ResultCommands.class,
            IndicatorCommands.class,
            EventCommands.class,
            ScheduleCommands.class,
            ImportCommunityCliCommand.class,
            ExportCommunityCliCommand.class,
            CalendarCommands.class
        })
public final class StepAheadCli implements CliContext, Callable<Integer>, AutoCloseable {

    private static final String LOGGING_PROVIDER = "org.jboss.logging.provider";
    private static final java.util.logging.Logger QUIET_VALIDATOR =
            java.util.logging.Logger.getLogger("org.hibernate.validator");

    static final String BUNDLE = "org.stepahead.adapter.in.cli.messages";

    /** Exit code: done. */
    public static final int DONE = 0;
    /** Exit code: refused by a domain rule. */
    public static final int REFUSED = 1;
    /** Exit code: usage error or bad input. */
    public static final int BAD_INPUT = 2;
    /** Exit code: the storage is unavailable. */
    public static final int STORAGE_UNAVAILABLE = 3;
    /** Exit code: someone changed it first. */
    public static final int CONFLICT = 4;

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "URL|PATH")
    String db = StorageProvider.EMBEDDED_DEFAULT;

    @Option(names = "--output", scope = ScopeType.INHERIT, paramLabel = "table|json|csv")
    OutputFormat format = OutputFormat.TABLE;

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "ru|en")
    Language lang = Language.RU;

    @Option(names = "--verbose", scope = ScopeType.INHERIT)
    boolean verbose;

    @Spec
    CommandSpec spec;

    private final PrintWriter out;
    private final Locale locale;
    private final ResourceBundle bundle;
    private final Clock clock;
    private final Storage shared;
    private Storage storage;
    private StepAhead app;
    private Output output;

    /** The program as tools see it (e.g. picocli's completion-script generator at build time). */
    public StepAheadCli() {
        this(
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                Locale.forLanguageTag("ru"),
                Clock.systemDefaultZone());
    }

    StepAheadCli(PrintWriter out, Locale locale, Clock clock) {
        this(out, locale, clock, null);
    }

    /** A program over a storage that is already open and stays open (for embedding and in-process tests). */
    StepAheadCli(PrintWriter out, Locale locale, Clock clock, Storage shared) {
        this.shared = shared;
        this.out = out;
        this.locale = locale;
        this.bundle = bundle(locale);
        this.clock = clock;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err, Clock.systemDefaultZone()));
    }

    /** Runs one command line and returns its exit code; the storage, if opened, is closed before returning. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
        if (System.getProperty(LOGGING_PROVIDER) == null) {
            System.setProperty(LOGGING_PROVIDER, "slf4j");
        }
        QUIET_VALIDATOR.setLevel(java.util.logging.Level.WARNING);
        Locale locale = localeOf(args);
        try (StepAheadCli cli = new StepAheadCli(out, locale, clock)) {
            return cli.commandLine(err).execute(args);
        }
    }

    /** Runs one command line over a storage that is already open and stays open. */
    static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock, Storage shared) {
        try (StepAheadCli cli = new StepAheadCli(out, localeOf(args), clock, shared)) {
            return cli.commandLine(err).execute(args);
        }
    }

    /** The configured picocli command line over this program (out and err set, handlers and converters installed). */
    CommandLine commandLine(PrintWriter err) {
        CommandLine commandLine = new CommandLine(this, new CommandFactory(this::app));
        withHelpOnEveryLevel(commandLine);
        commandLine.setResourceBundle(bundle);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(out);
        commandLine.setErr(err);
        Converters.register(commandLine);
        ErrorHandler handler = new ErrorHandler(this);
        commandLine.setExecutionExceptionHandler(handler);
        commandLine.setParameterExceptionHandler(handler);
        commandLine.setExitCodeExceptionMapper(handler);
        return commandLine;
    }

    /** Without a subcommand: the usage on stderr, and exit code 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return BAD_INPUT;
    }

    private static void withHelpOnEveryLevel(CommandLine commandLine) {
        CommandSpec command = commandLine.getCommandSpec();
        if (!command.mixinStandardHelpOptions()) {
            command.mixinStandardHelpOptions(true);
            command.versionProvider(new Version());
        }
        commandLine.getSubcommands().values().forEach(StepAheadCli::withHelpOnEveryLevel);
    }

    /** The use cases over the chosen storage, opened on first use (after the options are parsed). */
    private StepAhead app() {
        if (app == null && shared != null) {
            app = StepAhead.create(shared, clock);
        }
        if (app == null) {
            storage = StorageProvider.find(db == null || db.isBlank() ? StorageProvider.EMBEDDED_DEFAULT : db.strip());
            app = StepAhead.create(storage, clock);
        }
        return app;
    }

    @Override
    public Output output() {
        if (output == null) {
            output = new Output(out, format, bundle);
        }
        return output;
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    boolean verbose() {
        return verbose;
    }

    @Override
    public String message(String key, Object... arguments) {
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return new MessageFormat(pattern, locale).format(arguments);
    }

    @Override
    public void close() {
        if (storage != null) {
            storage.close();
            storage = null;
            app = null;
        }
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                BUNDLE,
                locale,
                StepAheadCli.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The language asked for by {@code --lang} (read before parsing, so that help and errors speak it too). */
    static Locale localeOf(String[] args) {
        String lang = "ru";
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                lang = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                lang = args[i].substring("--lang=".length());
            }
        }
        return lang.equalsIgnoreCase("en") ? Locale.ENGLISH : Locale.forLanguageTag("ru");
    }

    /** The languages of messages. */
    enum Language {
        RU,
        EN
    }

    /**
     * Creates the commands: a class whose constructor takes parameters gets, for each, the use case of that incoming
     * port; any other class (groups, mixins, converters) is created by picocli's default factory. A use case handed out
     * here is a stand-in that takes the real one from {@link StepAhead} on its first call, so creating the commands
     * opens nothing; what the use case throws comes out as it is.
     */
    public static final class CommandFactory implements IFactory {

        private final Supplier<StepAhead> app;
        private final Map<Class<?>, Object> useCases = new HashMap<>();

        /** A factory for tools that only read the commands (the completion-script generator): no use case runs. */
        public CommandFactory() {
            this(() -> {
                throw new IllegalStateException("no storage: this factory only describes the commands");
            });
        }

        CommandFactory(Supplier<StepAhead> app) {
            this.app = app;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            Constructor<?>[] constructors = type.getDeclaredConstructors();
            if (constructors.length != 1 || constructors[0].getParameterCount() == 0) {
                return CommandLine.defaultFactory().create(type);
            }
            Constructor<?> constructor = constructors[0];
            Class<?>[] ports = constructor.getParameterTypes();
            Object[] arguments = new Object[ports.length];
            for (int i = 0; i < ports.length; i++) {
                arguments[i] = useCase(ports[i]);
            }
            constructor.setAccessible(true);
            return type.cast(constructor.newInstance(arguments));
        }

        private Object useCase(Class<?> port) {
            StepAhead.Binding<?> binding = StepAhead.useCases().stream()
                    .filter(b -> b.port().equals(port))
                    .findFirst()
                    .orElseThrow(
                            () -> new IllegalArgumentException(port.getName() + " is not a use case of StepAhead"));
            return useCases.computeIfAbsent(
                    port,
                    p -> Proxy.newProxyInstance(p.getClassLoader(), new Class<?>[] {p}, (proxy, method, args) -> {
                        if (method.getDeclaringClass() == Object.class) {
                            return objectMethod(proxy, method, args, p);
                        }
                        try {
                            return method.invoke(binding.of(app.get()), args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }));
        }

        private static Object objectMethod(Object proxy, Method method, Object[] args, Class<?> port) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> port.getSimpleName() + " (taken from StepAhead on first call)";
            };
        }
    }

    /** The version from the build. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws Exception {
            Properties properties = new Properties();
            try (InputStream in = StepAheadCli.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"stepahead " + properties.getProperty("version", "dev")};
        }
    }
}
