-- Meetings of cooperation bodies: schedules, meetings, agenda, attendance, minutes, numbered decisions, follow-up tasks.
-- Minutes, decisions and tasks are classified records: PUBLIC, INTERNAL or RESTRICTED with a sharing list
-- (organisations and/or bodies) and a legal basis. Bodies, organisations and people are the organisations module's;
-- they are referred to by id.
create schema if not exists meetings;

create table meetings.schedule (
    id             bigint generated always as identity primary key,
    body_id        bigint      not null,
    title          text        not null,
    every_months   integer     not null check (every_months between 1 and 24),
    first_starts_at timestamptz not null,
    duration_minutes integer   not null check (duration_minutes between 15 and 1440),
    place          text,
    created_by     text        not null,
    created_at     timestamptz not null default now()
);

create table meetings.meeting (
    id               bigint generated always as identity primary key,
    body_id          bigint      not null,
    schedule_id      bigint references meetings.schedule (id),
    title            text        not null,
    starts_at        timestamptz not null,
    ends_at          timestamptz not null,
    place            text,
    online_url       text,
    status           varchar(16) not null default 'PLANNED' check (status in ('PLANNED', 'HELD', 'CANCELLED')),
    created_by       text        not null,
    created_at       timestamptz not null default now(),
    check (ends_at > starts_at)
);
create index meeting_body on meetings.meeting (body_id, starts_at);

create table meetings.agenda_item (
    id          bigint generated always as identity primary key,
    meeting_id  bigint  not null references meetings.meeting (id) on delete cascade,
    position    integer not null,
    title       text    not null,
    description text,
    unique (meeting_id, position)
);

create table meetings.attendance (
    meeting_id      bigint      not null references meetings.meeting (id) on delete cascade,
    person_id       bigint      not null,
    organisation_id bigint,
    status          varchar(16) not null check (status in ('PRESENT', 'ABSENT', 'EXCUSED')),
    primary key (meeting_id, person_id)
);

-- the classified records: each has classification, owner organisation, legal basis and a sharing table
create table meetings.minutes (
    id                    bigint primary key references meetings.meeting (id) on delete cascade,
    text                  text        not null,
    classification        varchar(16) not null check (classification in ('PUBLIC', 'INTERNAL', 'RESTRICTED')),
    owner_organisation_id bigint,
    legal_basis           text,
    updated_by            text        not null,
    updated_at            timestamptz not null default now(),
    check (classification <> 'RESTRICTED' or legal_basis is not null)
);

create table meetings.decision (
    id                    bigint generated always as identity primary key,
    meeting_id            bigint      not null references meetings.meeting (id),
    body_id               bigint      not null,
    year                  integer     not null,
    number                integer     not null,
    agenda_item_id        bigint references meetings.agenda_item (id),
    title                 text        not null,
    text                  text        not null,
    classification        varchar(16) not null check (classification in ('PUBLIC', 'INTERNAL', 'RESTRICTED')),
    owner_organisation_id bigint,
    legal_basis           text,
    created_by            text        not null,
    created_at            timestamptz not null default now(),
    unique (body_id, year, number),
    check (classification <> 'RESTRICTED' or legal_basis is not null)
);

create table meetings.task (
    id                       bigint generated always as identity primary key,
    meeting_id               bigint      not null references meetings.meeting (id),
    decision_id              bigint references meetings.decision (id),
    title                    text        not null,
    description              text,
    assignee_person_id       bigint,
    assignee_organisation_id bigint,
    due_date                 date        not null,
    status                   varchar(16) not null default 'OPEN' check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    classification           varchar(16) not null check (classification in ('PUBLIC', 'INTERNAL', 'RESTRICTED')),
    owner_organisation_id    bigint,
    legal_basis              text,
    created_by               text        not null,
    created_at               timestamptz not null default now(),
    updated_at               timestamptz not null default now(),
    check (assignee_person_id is not null or assignee_organisation_id is not null),
    check (classification <> 'RESTRICTED' or legal_basis is not null)
);
create index task_due on meetings.task (status, due_date);

create table meetings.minutes_share (
    minutes_id      bigint not null references meetings.minutes (id) on delete cascade,
    organisation_id bigint,
    body_id         bigint,
    check ((organisation_id is null) <> (body_id is null))
);
create table meetings.decision_share (
    decision_id     bigint not null references meetings.decision (id) on delete cascade,
    organisation_id bigint,
    body_id         bigint,
    check ((organisation_id is null) <> (body_id is null))
);
create table meetings.task_share (
    task_id         bigint not null references meetings.task (id) on delete cascade,
    organisation_id bigint,
    body_id         bigint,
    check ((organisation_id is null) <> (body_id is null))
);
create index minutes_share_id on meetings.minutes_share (minutes_id);
create index decision_share_id on meetings.decision_share (decision_id);
create index task_share_id on meetings.task_share (task_id);
