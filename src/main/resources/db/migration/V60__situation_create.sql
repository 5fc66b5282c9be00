-- The joint situational picture: analysts' assessments and published, immutable snapshots.
create schema if not exists situation;

create table situation.assessment (
    id                    bigserial primary key,
    phenomenon_code       text,                -- signals.phenomenon, by code; null: every phenomenon in the area
    area_code             text,                -- areas.area, by code; null: the whole city
    title                 text        not null check (length(title) between 1 and 200),
    text                  text        not null check (length(text) between 1 and 10000),
    confidence            text        not null check (confidence in ('LOW', 'MEDIUM', 'HIGH')),
    recommended_measures  text        check (length(recommended_measures) <= 10000),
    classification        text        not null check (classification in ('PUBLIC', 'INTERNAL', 'RESTRICTED')),
    owner_organisation_id bigint,
    legal_basis           text,
    written_by            bigint      not null,
    written_at            timestamptz not null default now(),
    demo                  boolean     not null default false
);

create table situation.assessment_share (
    assessment_id   bigint not null references situation.assessment (id),
    organisation_id bigint,
    body_id         bigint,
    check ((organisation_id is null) <> (body_id is null))
);
create index assessment_share_assessment on situation.assessment_share (assessment_id);

-- A published situational picture. content is frozen (a trigger refuses changes to it); only the classification may
-- be lowered afterwards, by a coordinator with a reason, and that is audited.
create table situation.snapshot (
    id                    bigserial primary key,
    title                 text        not null check (length(title) between 1 and 200),
    period_from           date        not null,
    period_to             date        not null,
    level                 text        not null,
    content               jsonb       not null,
    content_hash          text        not null,
    classification        text        not null check (classification in ('PUBLIC', 'INTERNAL', 'RESTRICTED')),
    computed_classification text      not null check (computed_classification in ('PUBLIC', 'INTERNAL', 'RESTRICTED')),
    lowered_reason        text,
    lowered_by            bigint,
    lowered_at            timestamptz,
    owner_organisation_id bigint,
    published_by          bigint      not null,
    published_at          timestamptz not null default now(),
    demo                  boolean     not null default false,
    check (period_to >= period_from)
);

create table situation.snapshot_share (
    snapshot_id     bigint not null references situation.snapshot (id),
    organisation_id bigint,
    body_id         bigint,
    check ((organisation_id is null) <> (body_id is null))
);
create index snapshot_share_snapshot on situation.snapshot_share (snapshot_id);

create function situation.snapshot_frozen() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'A published snapshot cannot be deleted (snapshot %)', old.id;
    end if;
    if new.content is distinct from old.content or new.content_hash is distinct from old.content_hash
       or new.title is distinct from old.title or new.period_from is distinct from old.period_from
       or new.period_to is distinct from old.period_to or new.published_at is distinct from old.published_at
       or new.published_by is distinct from old.published_by or new.computed_classification is distinct from old.computed_classification then
        raise exception 'A published snapshot is immutable; only its classification can be lowered (snapshot %)', old.id;
    end if;
    return new;
end $$;

create trigger snapshot_frozen before update or delete on situation.snapshot
    for each row execute function situation.snapshot_frozen();
