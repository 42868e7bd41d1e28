package org.stepahead.adapter.in.web.community;

import java.util.List;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.stepahead.adapter.in.web.common.WebMapperConfig;
import org.stepahead.application.port.in.community.CommunityView;
import org.stepahead.application.port.in.community.FoundCommunityCommand;
import org.stepahead.application.port.in.community.FoundCommunityCommand.DirectionInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.DocumentInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.FunctionInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.PartnerInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.ProfileInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.TutorFunctionInput;
import org.stepahead.application.port.in.community.ReviseCommunityCommand;
import org.stepahead.domain.shared.Form;

/**
 * Mapping: the found- and revise-community requests to their commands (the id from the path, the version from
 * If-Match), the community read model to its response.
 */
@Mapper(config = WebMapperConfig.class)
interface CommunityWebMapper {

    FoundCommunityCommand command(FoundCommunityRequest request);

    ReviseCommunityCommand revise(UUID communityId, ReviseCommunityRequest request, Long expectedVersion);

    DocumentInput document(FoundCommunityRequest.Document document);

    FunctionInput function(FoundCommunityRequest.Function function);

    DirectionInput direction(FoundCommunityRequest.Direction direction);

    PartnerInput partner(FoundCommunityRequest.Partner partner);

    TutorFunctionInput tutorFunction(FoundCommunityRequest.TutorFunctionItem item);

    List<Form> forms(List<String> forms);

    default ProfileInput profile(FoundCommunityRequest.Profile profile) {
        if (profile == null) {
            return ProfileInput.empty();
        }
        return new ProfileInput(
                profile.description(),
                profile.goal(),
                profile.tasks(),
                profile.functions() == null
                        ? null
                        : profile.functions().stream().map(this::function).toList(),
                profile.principles(),
                profile.directions() == null
                        ? null
                        : profile.directions().stream().map(this::direction).toList(),
                forms(profile.forms()),
                profile.rights(),
                profile.partners() == null
                        ? null
                        : profile.partners().stream().map(this::partner).toList(),
                profile.tutorFunctions() == null
                        ? null
                        : profile.tutorFunctions().stream()
                                .map(this::tutorFunction)
                                .toList());
    }

    CommunityResponse response(CommunityView view);
}
