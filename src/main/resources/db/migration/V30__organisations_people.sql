-- Organisations: the parties of safety work (division > service > unit), the people in them and their memberships.
create schema if not exists organisations;

create table organisations.organisation (
    id                bigint generated always as identity primary key,
    code              varchar(64) not null unique check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'), -- stable, for links and other modules
    type              varchar(32) not null check (type in ('CITY_DIVISION', 'CITY_SERVICE', 'MUNICIPAL_ENTERPRISE',
                          'POLICE_DEPARTMENT', 'RESCUE_DEPARTMENT', 'JOINT_AUTHORITY', 'STATE_AUTHORITY', 'DEFENCE_FORCES',
                          'NGO', 'PARISH', 'BUSINESS', 'RESIDENTS_ASSOCIATION', 'SCHOOL')),
    parent_id         bigint references organisations.organisation (id),
    municipality_code varchar(3) check (municipality_code ~ '^[0-9]{3}$'), -- areas.municipality, by code
    name_fi           text not null check (btrim(name_fi) <> ''),
    name_sv           text,
    name_en           text,
    active_from       date,  -- null: not known
    active_to         date,  -- null: still active
    demo              boolean not null default false,
    check (parent_id is null or parent_id <> id),
    check (active_from is null or active_to is null or active_to >= active_from)
);
create index organisation_parent on organisations.organisation (parent_id);

create table organisations.person (
    id        bigint generated always as identity primary key,
    code      varchar(64) unique check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    full_name text not null check (btrim(full_name) <> ''),
    title     text,
    email     text,
    -- organisations depends on access, so it may point at an account; an account that is removed leaves the person
    user_id   bigint unique references access.user_account (id) on delete set null,
    demo      boolean not null default false
);

-- both ends included; valid_to null: until further notice
create table organisations.membership (
    id              bigint generated always as identity primary key,
    person_id       bigint not null references organisations.person (id) on delete cascade,
    organisation_id bigint not null references organisations.organisation (id),
    valid_from      date not null,
    valid_to        date,
    demo            boolean not null default false,
    check (valid_to is null or valid_to >= valid_from)
);
create index membership_person on organisations.membership (person_id);
create index membership_organisation on organisations.membership (organisation_id);
