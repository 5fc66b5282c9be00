-- Audit: an append-only, hash-chained trail of changes made by people, sign-ins and reads of restricted records.
-- The database itself refuses UPDATE, DELETE and TRUNCATE. Each entry's hash covers the previous entry's hash and the
-- entry's own fields (canonical form in fi.turvaverkko.audit.internal.EntryHash); the application computes it inside
-- the writer's transaction under pg_advisory_xact_lock(4711010), so that the chain cannot fork.
create schema if not exists audit;

create table audit.entry (
    -- allocated by the writer under the chain lock (overriding system value), so that id order is chain order
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz not null,
    actor          text        not null check (length(actor) between 1 and 200), -- username, 'system' or 'anonymous'
    actor_id       bigint,                                                        -- the account's id when known
    action         text        not null check (action ~ '^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$'),
    object_type    text        check (object_type ~ '^[a-z][a-z0-9_.-]{0,63}$'),
    object_id      text        check (length(object_id) between 1 and 200),
    classification text        check (classification in ('PUBLIC', 'INTERNAL', 'RESTRICTED')),
    summary        text,                                                          -- before/after summary, usually JSON
    previous_hash  text        not null check (previous_hash ~ '^[0-9a-f]{64}$'),
    hash           text        not null check (hash ~ '^[0-9a-f]{64}$'),
    -- one successor per entry (and one entry after the genesis value): a second writer that chained to a stale head
    -- fails here instead of forking the chain
    constraint entry_previous_hash_unique unique (previous_hash),
    constraint entry_hash_unique unique (hash)
);

create index entry_occurred_at on audit.entry (occurred_at);
create index entry_actor on audit.entry (actor, id);
create index entry_action on audit.entry (action text_pattern_ops, id);
create index entry_object on audit.entry (object_type, object_id, id);

create function audit.refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit.entry is append-only: % is not allowed', tg_op
        using hint = 'Audit entries are never changed or removed; record a new entry instead.';
end;
$$;

create trigger entry_append_only
    before update or delete on audit.entry
    for each row execute function audit.refuse_change();

create trigger entry_no_truncate
    before truncate on audit.entry
    for each statement execute function audit.refuse_change();
