-- Access: accounts that sign in through the city's OIDC provider. A first-time sign-in with no matching account
-- creates a PENDING account (disabled, no password) that an administrator approves (ACTIVE) or rejects (REJECTED).
alter table access.user_account
    add column status      varchar(16) not null default 'ACTIVE' check (status in ('ACTIVE', 'PENDING', 'REJECTED')),
    add column sso_issuer  text,
    add column sso_subject text,
    add column reviewed_by bigint references access.user_account (id) on delete set null,
    add column reviewed_at timestamptz;
alter table access.user_account add constraint user_account_sso_key unique (sso_issuer, sso_subject);
alter table access.user_account add constraint user_account_sso_pair check ((sso_issuer is null) = (sso_subject is null));
-- only an approved account can be enabled
alter table access.user_account add constraint user_account_enabled_active check (status = 'ACTIVE' or not enabled);
create index user_account_email_idx on access.user_account (lower(email));
