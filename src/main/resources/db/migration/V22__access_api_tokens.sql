-- Access: API tokens for integrations. Only the SHA-256 of a token is stored; the token itself is shown once.
create table access.api_token (
    id           bigint generated always as identity primary key,
    user_id      bigint       not null references access.user_account (id) on delete cascade,
    name         varchar(100) not null check (length(btrim(name)) > 0),
    secret_hash  char(64)     not null unique check (secret_hash ~ '^[0-9a-f]{64}$'), -- hex SHA-256 of the whole token
    hint         varchar(16)  not null,       -- the token's first characters, so that a person recognises it
    created_at   timestamptz  not null default now(),
    expires_at   timestamptz,                 -- null: until revoked
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_user_idx on access.api_token (user_id);
