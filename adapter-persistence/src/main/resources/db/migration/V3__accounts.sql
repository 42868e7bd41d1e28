-- User accounts of the service and their API tokens (issue 5, security).
-- username_key is the username trimmed and in lower case: usernames are unique regardless of letter case.
-- A token is stored only as the SHA-256 hash of its value (64 hex digits); the value is shown once to its owner.

create table user_account (
    id              uuid          primary key,
    version         bigint        not null,
    username        varchar(64)   not null,
    username_key    varchar(64)   not null,
    password_hash   varchar(200)  not null,
    administrator   boolean       not null,
    educator_id     uuid          references educator (id),
    enabled         boolean       not null
);
create unique index user_account_username_key_idx on user_account (username_key);
create index user_account_administrator_idx on user_account (administrator, enabled);

create table api_token (
    account_id   uuid                      not null references user_account (id) on delete cascade,
    position     integer                   not null,
    id           uuid                      not null,
    name         varchar(100)              not null,
    token_hash   varchar(64)               not null,
    issued_at    timestamp with time zone  not null,
    expires_at   timestamp with time zone,
    revoked_at   timestamp with time zone,
    primary key (account_id, position)
);
create unique index api_token_hash_idx on api_token (token_hash);
