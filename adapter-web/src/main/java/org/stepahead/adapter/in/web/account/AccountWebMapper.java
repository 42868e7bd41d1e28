package org.stepahead.adapter.in.web.account;

import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.stepahead.adapter.in.web.common.WebMapperConfig;
import org.stepahead.application.port.in.account.AccountView;
import org.stepahead.application.port.in.account.ApiTokenView;
import org.stepahead.application.port.in.account.IssuedApiToken;
import org.stepahead.domain.account.AccountId;
import org.stepahead.domain.account.ApiTokenId;

/** Mapping: account and token read models to responses. */
@Mapper(config = WebMapperConfig.class)
interface AccountWebMapper {

    AccountResponse response(AccountView view);

    TokenResponse response(ApiTokenView view);

    @Mapping(target = "id", source = "token.id")
    @Mapping(target = "name", source = "token.name")
    @Mapping(target = "token", source = "value")
    @Mapping(target = "issuedAt", source = "token.issuedAt")
    @Mapping(target = "expiresAt", source = "token.expiresAt")
    IssuedTokenResponse issued(IssuedApiToken issued);

    default UUID uuid(AccountId id) {
        return id == null ? null : id.value();
    }

    default UUID uuid(ApiTokenId id) {
        return id == null ? null : id.value();
    }
}
