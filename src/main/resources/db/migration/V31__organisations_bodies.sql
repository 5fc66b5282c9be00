-- Cooperation bodies with their members' terms and positions, rotating chairs, and cooperation agreements.
create table organisations.body (
    id                          bigint generated always as identity primary key,
    code                        varchar(64) not null unique check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    type                        varchar(32) not null check (type in ('MANAGEMENT_GROUP', 'LEADERSHIP_MEETING', 'EXPERT_GROUP',
                                    'AREA_NETWORK', 'RESIDENTS_NETWORK', 'STEERING_GROUP', 'RAPID_RESPONSE_GROUP', 'OTHER')),
    name_fi                     text not null check (btrim(name_fi) <> ''),
    name_sv                     text,
    name_en                     text,
    purpose                     text,
    municipality_code           varchar(3) check (municipality_code ~ '^[0-9]{3}$'), -- areas.municipality, by code
    area_code                   varchar(16) check (area_code ~ '^[0-9]{4,16}$'),     -- areas.area, by code
    secretariat_organisation_id bigint references organisations.organisation (id),
    demo                        boolean not null default false,
    created_at                  timestamptz not null default now(),
    updated_at                  timestamptz not null default now(),
    check (municipality_code is not null or area_code is not null),
    check (area_code is null or municipality_code = substr(area_code, 1, 3))
);

-- A person's terms in a body never overlap, and a body has one chair at a time: checked by the application with the
-- body row locked (select … for update), so that two requests cannot both pass the check.
create table organisations.body_member (
    id              bigint generated always as identity primary key,
    body_id         bigint not null references organisations.body (id) on delete cascade,
    person_id       bigint not null references organisations.person (id),
    organisation_id bigint not null references organisations.organisation (id), -- the organisation they represent
    position        varchar(16) not null check (position in ('CHAIR', 'VICE_CHAIR', 'SECRETARY', 'MEMBER', 'EXPERT', 'OBSERVER')),
    valid_from      date not null,
    valid_to        date,
    demo            boolean not null default false,
    check (valid_to is null or valid_to >= valid_from)
);
create index body_member_body on organisations.body_member (body_id);
create index body_member_person on organisations.body_member (person_id);

create table organisations.chair_rotation (
    body_id     bigint primary key references organisations.body (id) on delete cascade,
    term_months integer not null check (term_months between 1 and 60),
    starts_on   date not null
);

create table organisations.chair_rotation_party (
    body_id         bigint  not null references organisations.chair_rotation (body_id) on delete cascade,
    turn            integer not null check (turn >= 0),
    organisation_id bigint  not null references organisations.organisation (id),
    primary key (body_id, turn),
    unique (body_id, organisation_id)
);

create table organisations.agreement (
    id                 bigint generated always as identity primary key,
    code               varchar(64) not null unique check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title_fi           text not null check (btrim(title_fi) <> ''),
    title_sv           text,
    title_en           text,
    decision_reference text,   -- e.g. HEL 2024-004632 § 51
    goals              text,
    valid_from         date not null,
    valid_to           date,
    steering_body_id   bigint references organisations.body (id) on delete set null,
    demo               boolean not null default false,
    check (valid_to is null or valid_to >= valid_from)
);

create table organisations.agreement_party (
    agreement_id    bigint not null references organisations.agreement (id) on delete cascade,
    organisation_id bigint not null references organisations.organisation (id),
    primary key (agreement_id, organisation_id)
);

create table organisations.agreement_signatory (
    agreement_id    bigint not null references organisations.agreement (id) on delete cascade,
    person_id       bigint not null references organisations.person (id),
    organisation_id bigint not null references organisations.organisation (id), -- the party they signed for
    primary key (agreement_id, person_id)
);
