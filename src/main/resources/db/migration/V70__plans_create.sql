-- Safety plans (turvallisuussuunnitelmat) on three levels, their focus areas (painopistealueet), the actions
-- (toimenpiteet) owned by one responsible organisation with partners, milestones, indicators (mittarit) entered by hand
-- or computed from signals, and the progress reports of the responsible organisations.
-- Plans, focus areas and actions are classified records (PUBLIC, INTERNAL, RESTRICTED + sharing list); organisations,
-- bodies and areas are other modules' and are referred to by id or code.
create schema if not exists plans;

create table plans.plan (
    id                    bigint generated always as identity primary key,
    level                 varchar(16) not null check (level in ('STRATEGIC', 'CITY', 'PROGRAMME', 'AREA')),
    municipality          varchar(3)  not null,
    area_code             text,
    title                 text        not null check (length(title) between 1 and 300),
    title_sv              text,
    title_en              text,
    description           text,
    period_start          date        not null,
    period_end            date        not null,
    owner_body_id         bigint,
    state                 varchar(16) not null default 'DRAFT' check (state in ('DRAFT', 'APPROVED', 'IN_FORCE', 'ENDED')),
    decision_reference    text,
    cadence               varchar(16) not null default 'QUARTER' check (cadence in ('MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR')),
    national_goals        text[]      not null default '{}',
    classification        varchar(16) not null check (classification in ('PUBLIC', 'INTERNAL', 'RESTRICTED')),
    owner_organisation_id bigint,
    demo                  boolean     not null default false,
    version               integer     not null default 0,
    created_by            text        not null,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    check (period_end >= period_start),
    check (level <> 'AREA' or area_code is not null),
    check (state = 'DRAFT' or decision_reference is not null)
);

create table plans.plan_share (
    plan_id         bigint not null references plans.plan (id) on delete cascade,
    organisation_id bigint,
    body_id         bigint,
    check ((organisation_id is null) <> (body_id is null))
);
create index plan_share_plan on plans.plan_share (plan_id);

create table plans.focus_area (
    id                    bigint generated always as identity primary key,
    plan_id               bigint      not null references plans.plan (id),
    position              integer     not null,
    title                 text        not null check (length(title) between 1 and 300),
    title_sv              text,
    title_en              text,
    rationale             text,
    classification        varchar(16) not null check (classification in ('PUBLIC', 'INTERNAL', 'RESTRICTED')),
    owner_organisation_id bigint,
    created_by            text        not null,
    created_at            timestamptz not null default now(),
    unique (plan_id, position)
);

create table plans.focus_area_share (
    focus_area_id   bigint not null references plans.focus_area (id) on delete cascade,
    organisation_id bigint,
    body_id         bigint,
    check ((organisation_id is null) <> (body_id is null))
);
create index focus_area_share_focus_area on plans.focus_area_share (focus_area_id);

-- evidence: the phenomena (signals' stable codes) and published situational-picture snapshots behind a focus area
create table plans.focus_area_phenomenon (
    focus_area_id  bigint not null references plans.focus_area (id) on delete cascade,
    phenomenon     text   not null,
    primary key (focus_area_id, phenomenon)
);
create index focus_area_phenomenon_code on plans.focus_area_phenomenon (phenomenon);

create table plans.focus_area_snapshot (
    focus_area_id  bigint not null references plans.focus_area (id) on delete cascade,
    snapshot_id    bigint not null,
    primary key (focus_area_id, snapshot_id)
);

create table plans.action (
    id                    bigint generated always as identity primary key,
    plan_id               bigint      not null references plans.plan (id),
    focus_area_id         bigint      not null references plans.focus_area (id),
    title                 text        not null check (length(title) between 1 and 300),
    title_sv              text,
    title_en              text,
    description           text,
    -- the responsible organisation is the owner of the record
    owner_organisation_id bigint      not null,
    city_wide             boolean     not null default true,
    starts_on             date        not null,
    ends_on               date        not null,
    state                 varchar(16) not null default 'PLANNED' check (state in ('PLANNED', 'ONGOING', 'COMPLETED', 'DELAYED', 'CANCELLED')),
    progress              integer     not null default 0 check (progress between 0 and 100),
    budget_year           integer     check (budget_year between 2000 and 2100),
    classification        varchar(16) not null check (classification in ('PUBLIC', 'INTERNAL', 'RESTRICTED')),
    demo                  boolean     not null default false,
    version               integer     not null default 0,
    created_by            text        not null,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    check (ends_on >= starts_on),
    check (state <> 'COMPLETED' or progress = 100)
);
create index action_plan on plans.action (plan_id, focus_area_id);
create index action_owner on plans.action (owner_organisation_id);

create table plans.action_partner (
    action_id       bigint not null references plans.action (id) on delete cascade,
    organisation_id bigint not null,
    primary key (action_id, organisation_id)
);
create index action_partner_organisation on plans.action_partner (organisation_id);

create table plans.action_share (
    action_id       bigint not null references plans.action (id) on delete cascade,
    organisation_id bigint,
    body_id         bigint,
    check ((organisation_id is null) <> (body_id is null))
);
create index action_share_action on plans.action_share (action_id);

-- who may read a RESTRICTED action besides its responsible organisation: its partners and its sharing list
create view plans.action_reader as
    select action_id, organisation_id, null::bigint as body_id from plans.action_partner
    union all
    select action_id, organisation_id, body_id from plans.action_share;

-- the scope when the action is not city-wide: areas (and everything beneath them)
create table plans.action_area (
    action_id  bigint not null references plans.action (id) on delete cascade,
    area_code  text   not null,
    primary key (action_id, area_code)
);
create index action_area_code on plans.action_area (area_code);

create table plans.milestone (
    id         bigint generated always as identity primary key,
    action_id  bigint  not null references plans.action (id) on delete cascade,
    title      text    not null check (length(title) between 1 and 300),
    due_on     date    not null,
    done_on    date
);
create index milestone_action on plans.milestone (action_id, due_on);

-- every change of an action's state or progress, for "changes since the last review" and the before/after charts
create table plans.action_history (
    id          bigint generated always as identity primary key,
    action_id   bigint      not null references plans.action (id) on delete cascade,
    changed_at  timestamptz not null default now(),
    state       varchar(16) not null,
    progress    integer     not null,
    changed_by  text        not null,
    report_id   bigint
);
create index action_history_action on plans.action_history (action_id, changed_at);

create table plans.progress_report (
    id                  bigint generated always as identity primary key,
    action_id           bigint      not null references plans.action (id),
    period_start        date        not null,
    period_end          date        not null,
    state               varchar(16) not null check (state in ('PLANNED', 'ONGOING', 'COMPLETED', 'DELAYED', 'CANCELLED')),
    progress            integer     not null check (progress between 0 and 100),
    narrative           text        not null check (length(narrative) between 1 and 8000),
    next_steps          text        check (length(next_steps) <= 8000),
    organisation_id     bigint,
    reported_by         text        not null,
    reported_by_name    text        not null,
    reported_at         timestamptz not null default now(),
    check (period_end >= period_start)
);
create index progress_report_action on plans.progress_report (action_id, period_start);

create table plans.progress_comment (
    id               bigint generated always as identity primary key,
    report_id        bigint      not null references plans.progress_report (id),
    organisation_id  bigint,
    text             text        not null check (length(text) between 1 and 4000),
    written_by       text        not null,
    written_by_name  text        not null,
    written_at       timestamptz not null default now()
);
create index progress_comment_report on plans.progress_comment (report_id);

create table plans.indicator (
    id              bigint generated always as identity primary key,
    plan_id         bigint        not null references plans.plan (id),
    focus_area_id   bigint        references plans.focus_area (id),
    action_id       bigint        references plans.action (id),
    name            text          not null check (length(name) between 1 and 300),
    name_sv         text,
    name_en         text,
    unit            text          not null check (length(unit) between 1 and 60),
    direction       varchar(16)   not null check (direction in ('LOWER', 'HIGHER')),
    baseline_value  numeric(18,4),
    baseline_date   date,
    target_value    numeric(18,4),
    target_date     date,
    source          varchar(16)   not null check (source in ('MANUAL', 'SIGNALS')),
    -- for SIGNALS: the phenomena (codes), the area (null: the plan's municipality) and the period of each value
    phenomena       text[]        not null default '{}',
    area_code       text,
    period          varchar(16)   check (period in ('MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR')),
    created_by      text          not null,
    created_at      timestamptz   not null default now(),
    check (source <> 'SIGNALS' or (cardinality(phenomena) > 0 and period is not null and baseline_date is not null))
);
create index indicator_plan on plans.indicator (plan_id);
create index indicator_action on plans.indicator (action_id);

create table plans.indicator_value (
    id            bigint generated always as identity primary key,
    indicator_id  bigint        not null references plans.indicator (id) on delete cascade,
    period_start  date          not null,
    period_end    date          not null,
    value         numeric(18,4) not null,
    note          text,
    entered_by    text          not null,
    entered_at    timestamptz   not null default now(),
    check (period_end >= period_start),
    unique (indicator_id, period_start, period_end)
);
