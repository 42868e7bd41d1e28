package org.stepahead.application.service.program;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.stepahead.application.port.out.ClockPort;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.program.ProgramId;

/** What the program services share: change one stored program at the version a command was based on. */
final class ProgramChanges {

    private final UseCaseRunner runner;
    private final ProgramRepository programs;
    private final CommunityRepository communities;
    private final ClockPort clock;

    ProgramChanges(UseCaseRunner runner, ProgramRepository programs) {
        this(runner, programs, null, null);
    }

    /** Changes that may ask for today's date in the program's community. */
    ProgramChanges(UseCaseRunner runner, ProgramRepository programs, CommunityRepository communities, ClockPort clock) {
        this.runner = runner;
        this.programs = programs;
        this.communities = communities;
        this.clock = clock;
    }

    /** Loads the program, checks its version, lets the work change it and saves it. */
    void change(Object command, ProgramId id, Long expectedVersion, Consumer<Program> work) {
        runner.change(command, programs, "program", id, expectedVersion, work);
    }

    /** Like {@link #change}, telling the work today's date in the program's community. */
    void changeToday(Object command, ProgramId id, Long expectedVersion, BiConsumer<Program, LocalDate> work) {
        change(
                command,
                id,
                expectedVersion,
                program -> work.accept(
                        program, clock.today(community(communities, program).timeZone())));
    }

    static Community community(CommunityRepository communities, Program program) {
        return UseCaseRunner.load(communities, "community", program.communityId());
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}
