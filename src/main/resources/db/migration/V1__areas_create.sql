-- Areas: municipalities and the district hierarchy (major district > basic district > sub-area > small area).
-- Boundaries are versioned: an import of a new vintage closes the areas it changes (valid_to) and keeps their history.
create schema if not exists areas;

create table areas.municipality (
    code    varchar(3) primary key check (code ~ '^[0-9]{3}$'),
    name_fi text not null,
    name_sv text not null
);

create table areas.area (
    id                bigint generated always as identity primary key,
    code              varchar(16) not null check (code ~ '^[0-9]{4,16}$'),
    municipality_code varchar(3)  not null references areas.municipality (code),
    level             varchar(20) not null check (level in ('MAJOR_DISTRICT', 'BASIC_DISTRICT', 'SUB_AREA', 'SMALL_AREA')),
    local_code        varchar(8)  not null,
    name_fi           text        not null,
    name_sv           text,
    parent_code       varchar(16),
    geometry          bytea       not null, -- WKB, WGS84 longitude/latitude
    label_lon         double precision not null, -- a point inside the area, for labels and lists
    label_lat         double precision not null,
    area_m2           double precision not null,
    dataset           text        not null,
    valid_from        date        not null,
    valid_to          date,
    check (valid_to is null or valid_to > valid_from)
);

-- one current area per code; history rows have valid_to set
create unique index area_current_code on areas.area (code) where valid_to is null;
create index area_current_level on areas.area (municipality_code, level) where valid_to is null;
create index area_current_parent on areas.area (parent_code) where valid_to is null;
create index area_code_history on areas.area (code, valid_from);

-- each imported file once: the same content again is skipped at start-up
create table areas.import_run (
    id          bigint generated always as identity primary key,
    dataset     text        not null,
    sha256      varchar(64) not null,
    features    integer     not null,
    created     integer     not null,
    changed     integer     not null,
    retired     integer     not null,
    valid_from  date        not null,
    imported_at timestamptz not null default now(),
    unique (dataset, sha256)
);
