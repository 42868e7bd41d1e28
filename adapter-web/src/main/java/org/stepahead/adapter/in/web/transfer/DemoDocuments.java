package org.stepahead.adapter.in.web.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.stepahead.application.port.in.community.CommunityView;
import org.stepahead.application.port.in.community.ListCommunitiesUseCase;
import org.stepahead.application.port.in.transfer.CommunityDocument;
import org.stepahead.application.port.in.transfer.ImportCommunityCommand;
import org.stepahead.application.port.in.transfer.ImportCommunityUseCase;
import org.stepahead.application.port.in.transfer.ImportReport;
import org.stepahead.domain.community.CommunityId;

/**
 * The demo switch ({@code stepahead.demo=true}, or {@code STEPAHEAD_DEMO=true}): at start, imports the five seed
 * documents of docs/examples (copied into the jar under {@code demo/} at build time) through the import use case,
 * each unless a community of its name is already there — so restarting on the same database adds nothing twice —
 * and then the documented demo account ({@link DemoAccount}) that coordinates them.
 */
@Component
@ConditionalOnBooleanProperty("stepahead.demo")
class DemoDocuments implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDocuments.class);
    static final String LOCATION = "classpath*:demo/*.yaml";

    private final ImportCommunityUseCase importCommunity;
    private final ListCommunitiesUseCase listCommunities;
    private final DemoAccount account;

    DemoDocuments(ImportCommunityUseCase importCommunity, ListCommunitiesUseCase listCommunities, DemoAccount account) {
        this.importCommunity = importCommunity;
        this.listCommunities = listCommunities;
        this.account = account;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Resource[] documents = new PathMatchingResourcePatternResolver().getResources(LOCATION);
        Arrays.sort(documents, Comparator.comparing(Resource::getFilename));
        Set<String> present =
                listCommunities.list().stream().map(CommunityView::name).collect(Collectors.toSet());
        int loaded = 0;
        List<CommunityId> demoCommunities = new ArrayList<>();
        for (Resource resource : documents) {
            CommunityDocument document;
            try (InputStream in = resource.getInputStream()) {
                document = DocumentFormat.YAML.read(in.readAllBytes());
            }
            String name = document.community().name();
            if (present.contains(name)) {
                LOG.info("Demo: «{}» is already there ({})", name, resource.getFilename());
                continue;
            }
            ImportReport report = importCommunity.importCommunity(new ImportCommunityCommand(document, false));
            demoCommunities.add(report.communityId());
            loaded++;
            LOG.info(
                    "Demo: loaded «{}» from {} as community {} ({} programs, {} members, {} events)",
                    name,
                    resource.getFilename(),
                    report.communityId().value(),
                    report.programs(),
                    report.members(),
                    report.events());
        }
        LOG.info("Demo: {} seed documents loaded, {} already there", loaded, documents.length - loaded);
        if (!demoCommunities.isEmpty()) {
            account.ensure(demoCommunities);
        }
    }
}
