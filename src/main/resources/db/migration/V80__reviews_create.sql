-- Status reviews (tilannekatsaukset): compiled from a plan's progress and indicators, a situational-picture snapshot
-- and the bodies' open follow-up tasks, with narrative sections; approved and published as immutable HTML and PDF.
-- Plans, snapshots, organisations and bodies are other modules' and are referred to by id.
create schema if not exists reviews;

create table reviews.review (
    id                    bigint generated always as identity primary key,
    plan_id               bigint      not null,
    title                 text        not null check (length(title) between 1 and 200),
    period_from           date        not null,
    period_to             date        not null,
    audience              varchar(24) not null check (audience in ('MANAGEMENT_GROUP', 'CITY_LEADERSHIP', 'EXPERT_GROUP')),
    language              varchar(2)  not null check (language in ('fi', 'sv')),
    snapshot_id           bigint,
    state                 varchar(16) not null default 'DRAFT' check (state in ('DRAFT', 'APPROVED', 'PUBLISHED')),
    -- the most restricted content in it; a RESTRICTED review is shared with those who may read all of that content
    classification        varchar(16) not null check (classification in ('PUBLIC', 'INTERNAL', 'RESTRICTED')),
    owner_organisation_id bigint,
    content               jsonb       not null,
    compiled_at           timestamptz not null,
    -- the narrative: {"SUMMARY": {"text": …, "updatedByName": …, "updatedAt": …}, …}
    sections              jsonb       not null default '{}',
    -- set once, at publishing: the XHTML the PDF was made from, the PDF and its SHA-256
    html                  text,
    pdf                   bytea,
    pdf_sha256            text,
    created_by            bigint      not null,
    created_by_name       text        not null,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    approved_by           bigint,
    approved_by_name      text,
    approved_at           timestamptz,
    published_by          bigint,
    published_by_name     text,
    published_at          timestamptz,
    version               integer     not null default 0,
    demo                  boolean     not null default false,
    check (period_to >= period_from),
    check (state = 'DRAFT' or approved_at is not null),
    check (state <> 'PUBLISHED' or (html is not null and pdf is not null and pdf_sha256 is not null and published_at is not null))
);
create index review_plan on reviews.review (plan_id, published_at);
create index review_updated on reviews.review (updated_at desc);

create table reviews.review_share (
    review_id       bigint not null references reviews.review (id) on delete cascade,
    organisation_id bigint,
    body_id         bigint,
    check ((organisation_id is null) <> (body_id is null))
);
create index review_share_review on reviews.review_share (review_id);

-- A published review is a record of what was reported: the database refuses any change to it or to its sharing list,
-- and its deletion.
create function reviews.review_frozen() returns trigger language plpgsql as $$
begin
    if old.state = 'PUBLISHED' then
        raise exception 'A published status review is immutable (review %)', old.id using errcode = 'P0001';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end $$;

create trigger review_frozen before update or delete on reviews.review
    for each row execute function reviews.review_frozen();

create function reviews.review_share_frozen() returns trigger language plpgsql as $$
declare
    review_id bigint := case when tg_op = 'DELETE' then old.review_id else new.review_id end;
begin
    if exists (select 1 from reviews.review r where r.id = review_id and r.state = 'PUBLISHED') then
        raise exception 'The sharing of a published status review is immutable (review %)', review_id using errcode = 'P0001';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end $$;

create trigger review_share_frozen before insert or update or delete on reviews.review_share
    for each row execute function reviews.review_share_frozen();
