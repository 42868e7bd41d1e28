package org.stepahead.adapter.in.web.program;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.stepahead.application.port.in.program.GetProgramOverviewUseCase;
import org.stepahead.application.port.in.program.ProgramOverview;
import org.stepahead.application.port.in.program.VersionStamp;
import org.stepahead.domain.program.ProgramId;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of recently read program overviews, each kept with the versions it was built from (the program's and its
 * community's, {@link GetProgramOverviewUseCase#stamp}). A request reads the stamp — one indexed query — and answers
 * the kept JSON while the stamp is unchanged; any change of the program or its community changes the stamp, so the
 * answer is never stale, whichever instance made the change. The stamp is read before the overview, so a kept
 * overview is never older than its stamp. At most {@value #CAPACITY} programs are kept; beyond that the store starts
 * afresh.
 */
@Component
class OverviewResponses {

    static final int CAPACITY = 1000;

    /** An overview as JSON, with the stamp it is valid for and the program's version (its ETag). */
    record Json(VersionStamp stamp, long version, byte[] body) {}

    private final GetProgramOverviewUseCase programOverview;
    private final ProgramWebMapper mapper;
    private final JsonMapper json;
    private final Map<ProgramId, Json> kept = new ConcurrentHashMap<>();

    OverviewResponses(GetProgramOverviewUseCase programOverview, ProgramWebMapper mapper, JsonMapper json) {
        this.programOverview = programOverview;
        this.mapper = mapper;
        this.json = json;
    }

    /** The overview's JSON, kept or built afresh; an unknown program is refused as the use case refuses it. */
    Json overview(ProgramId id) {
        Optional<VersionStamp> stamp = programOverview.stamp(id);
        if (stamp.isPresent()) {
            Json known = kept.get(id);
            if (known != null && known.stamp().equals(stamp.get())) {
                return known;
            }
        }
        ProgramOverview overview = programOverview.overview(id);
        Json fresh =
                new Json(stamp.orElse(null), overview.version(), json.writeValueAsBytes(mapper.overview(overview)));
        if (stamp.isPresent()) {
            if (kept.size() >= CAPACITY) {
                kept.clear();
            }
            kept.put(id, fresh);
        }
        return fresh;
    }
}
