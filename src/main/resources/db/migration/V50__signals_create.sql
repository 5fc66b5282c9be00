-- Safety signals: observations of safety phenomena, placed in an area, classified for need-to-know.
create schema if not exists signals;

-- The two-level taxonomy: category > phenomenon. Codes are stable; names are editable by admins.
create table signals.category (
    id        serial primary key,
    code      text not null unique check (code ~ '^[a-z0-9-]+$'),
    name_fi   text not null,
    name_sv   text not null,
    name_en   text not null,
    position  int  not null default 0
);

create table signals.phenomenon (
    id          serial primary key,
    category_id int  not null references signals.category (id),
    code        text not null unique check (code ~ '^[a-z0-9-]+$'),
    name_fi     text not null,
    name_sv     text not null,
    name_en     text not null,
    position    int  not null default 0,
    active      boolean not null default true
);

-- Who may see a signal: one row per distinct combination of classification, owner and sharing list, so that the
-- access policy is evaluated over a handful of audiences instead of millions of signals, and so that rollups can
-- keep the counts of each audience apart (disclosure control needs to know what a reader may not see).
create table signals.audience (
    id                    serial primary key,
    classification        text     not null check (classification in ('PUBLIC', 'INTERNAL', 'RESTRICTED')),
    owner_organisation_id bigint,
    shared_organisations  bigint[] not null default '{}',
    shared_bodies         bigint[] not null default '{}',
    legal_basis           text,
    unique nulls not distinct (classification, owner_organisation_id, shared_organisations, shared_bodies, legal_basis)
);

create table signals.signal (
    id                     bigserial primary key,
    phenomenon_id          int         not null references signals.phenomenon (id),
    observed_from          timestamptz not null,
    observed_to            timestamptz not null,
    day                    date        not null,          -- observed_from's day in Helsinki: the rollups' day
    area_code              text        not null,          -- the smallest known area: located from the point, or given
    latitude               double precision,
    longitude              double precision,
    count                  int         not null default 1 check (count between 1 and 1000000),
    description            text        check (length(description) <= 4000),
    source_organisation_id bigint,
    channel                text        not null check (channel in ('FORM', 'API', 'CSV_IMPORT', 'POLICE_FEED', 'RESIDENT_FEEDBACK', 'DEMO')),
    reliability            text        not null check (reliability in ('OBSERVED', 'REPORTED', 'UNCONFIRMED')),
    audience_id            int         not null references signals.audience (id),
    external_id            text        check (length(external_id) <= 200),
    status                 text        not null default 'NEW' check (status in ('NEW', 'TRIAGED', 'LINKED', 'CLOSED')),
    status_note            text        check (length(status_note) <= 2000),
    linked_signal_id       bigint      references signals.signal (id),
    reported_by            bigint,
    reported_at            timestamptz not null default now(),
    updated_at             timestamptz not null default now(),
    demo                   boolean     not null default false,
    check (observed_to >= observed_from),
    check ((latitude is null) = (longitude is null))
);

-- Re-sending a source system's id updates the signal instead of duplicating it.
create unique index signal_external_id on signals.signal (source_organisation_id, external_id) where external_id is not null;
create index signal_day on signals.signal (day, phenomenon_id);
create index signal_area on signals.signal (area_code text_pattern_ops, day);
create index signal_status on signals.signal (status, reported_at) where status in ('NEW', 'TRIAGED');

-- Rollups kept current in the transaction that writes the signal (the situational picture reads only these).
-- Daily counts by the signal's own (smallest) area.
create table signals.daily_count (
    day           date   not null,
    area_code     text   not null,
    phenomenon_id int    not null,
    audience_id   int    not null,
    count         bigint not null,
    primary key (day, area_code, phenomenon_id, audience_id)
);

-- Weekly counts (week = Monday) by sub-area (or the signal's area when it is coarser): the baselines of the
-- emerging-phenomena run read a year of these instead of a year of signals.
create table signals.weekly_count (
    week          date   not null,
    area_code     text   not null,
    phenomenon_id int    not null,
    audience_id   int    not null,
    count         bigint not null,
    primary key (week, area_code, phenomenon_id, audience_id)
);

-- The seeded taxonomy (admins can rename, reorder, add and retire phenomena).
insert into signals.category (code, name_fi, name_sv, name_en, position) values
    ('drugs-and-intoxicants', 'Huumeet ja päihteet', 'Narkotika och rusmedel', 'Drugs and intoxicants', 1),
    ('violence', 'Väkivalta ja uhka', 'Våld och hot', 'Violence and threats', 2),
    ('property-and-environment', 'Omaisuus ja elinympäristö', 'Egendom och livsmiljö', 'Property and living environment', 3),
    ('accidents', 'Liikenne ja onnettomuudet', 'Trafik och olyckor', 'Traffic and accidents', 4),
    ('wellbeing-and-cohesion', 'Hyvinvointi ja yhteenkuuluvuus', 'Välfärd och sammanhållning', 'Wellbeing and cohesion', 5),
    ('other', 'Muut', 'Övrigt', 'Other', 6);

insert into signals.phenomenon (category_id, code, name_fi, name_sv, name_en, position)
select c.id, p.code, p.name_fi, p.name_sv, p.name_en, p.position
from (values
    ('drugs-and-intoxicants', 'street-drug-dealing', 'Katukauppa huumeilla', 'Narkotikahandel på gatan', 'Street drug dealing', 1),
    ('drugs-and-intoxicants', 'intoxicant-disturbance', 'Päihteisiin liittyvä häiriö', 'Störningar relaterade till rusmedel', 'Intoxicant-related disturbance', 2),
    ('violence', 'youth-gangs', 'Nuorten jengiytyminen ja väkivaltainen käytös', 'Gängbildning och våldsamt beteende bland unga', 'Youth gang formation and violently behaving youth', 3),
    ('violence', 'public-violence', 'Väkivalta julkisilla paikoilla', 'Våld på allmänna platser', 'Violence in public places', 4),
    ('violence', 'staff-violence', 'Henkilöstöön kohdistuva uhka ja väkivalta', 'Hot och våld mot personal', 'Threats and violence against staff', 5),
    ('violence', 'robbery', 'Ryöstöt', 'Rån', 'Robbery', 6),
    ('property-and-environment', 'vandalism', 'Ilkivalta ja töhryt', 'Skadegörelse och klotter', 'Vandalism and graffiti', 7),
    ('property-and-environment', 'property-crime', 'Omaisuusrikokset', 'Egendomsbrott', 'Property crime', 8),
    ('property-and-environment', 'disturbance-and-noise', 'Häiriöt ja meteli', 'Störningar och oljud', 'Disturbance and noise', 9),
    ('accidents', 'traffic-safety', 'Liikenneturvallisuus', 'Trafiksäkerhet', 'Traffic safety', 10),
    ('accidents', 'accidents-and-injuries', 'Tapaturmat ja onnettomuudet', 'Olycksfall och skador', 'Accidents and injuries', 11),
    ('accidents', 'fire-safety', 'Paloturvallisuus', 'Brandsäkerhet', 'Fire safety', 12),
    ('wellbeing-and-cohesion', 'radicalisation', 'Radikalisoituminen ja väkivaltainen ekstremismi', 'Radikalisering och våldsbejakande extremism', 'Radicalisation and violent extremism', 13),
    ('wellbeing-and-cohesion', 'youth-marginalisation', 'Nuorten syrjäytyminen', 'Marginalisering av unga', 'Marginalisation of young people', 14),
    ('wellbeing-and-cohesion', 'feeling-of-insecurity', 'Turvattomuuden tunne', 'Otrygghet', 'Feeling of insecurity', 15),
    ('other', 'other', 'Muu', 'Annat', 'Other', 16)
) as p (category, code, name_fi, name_sv, name_en, position)
join signals.category c on c.code = p.category;
