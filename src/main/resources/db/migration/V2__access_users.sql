-- Access: local user accounts and their roles (later tied to organisations and areas).
create schema if not exists access;

create table access.user_account (
    id            bigint generated always as identity primary key,
    username      varchar(64)  not null unique check (username ~ '^[a-z0-9._-]{2,64}$'),
    password_hash text,                          -- null: the account signs in through single sign-on only
    display_name  text         not null,
    email         text,
    language      varchar(2)   check (language in ('fi', 'sv', 'en')),
    enabled       boolean      not null default true,
    demo          boolean      not null default false, -- seeded by demo mode with a well-known password
    created_at    timestamptz  not null default now()
);

create table access.user_role (
    user_id bigint      not null references access.user_account (id) on delete cascade,
    role    varchar(32) not null check (role in ('ADMIN', 'COORDINATOR', 'POLICE_COORDINATOR', 'ANALYST', 'MEMBER', 'EXECUTIVE')),
    primary key (user_id, role)
);
