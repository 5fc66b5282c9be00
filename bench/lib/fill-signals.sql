-- The fill shared by the benchmarks (bench/situation.sh, bench/review.sh): :n signals over the last three years, in time
-- order, all 403 small areas of Helsinki with unequal weights, the 16 phenomena at unequal rates, four audiences; then the
-- rollups exactly as the application keeps them (daily by small area, weekly by sub-area; week = Monday).
-- Run with psql -v n=<signals> -f bench/lib/fill-signals.sql against the application's database.
set synchronous_commit = off;
set work_mem = '256MB';
set maintenance_work_mem = '512MB';

-- the audiences: PUBLIC, INTERNAL, RESTRICTED owned by the police and shared with the safety unit, RESTRICTED police only
insert into signals.audience (classification, owner_organisation_id, shared_organisations, shared_bodies, legal_basis)
select 'PUBLIC', null::bigint, '{}'::bigint[], '{}'::bigint[], null::text union all
select 'INTERNAL', null, '{}', '{}', null union all
select 'RESTRICTED', (select id from organisations.organisation where code = 'helsinki-police'),
       array[(select id from organisations.organisation where code = 'safety-unit')], '{}', 'Poliisilaki 872/2011' union all
select 'RESTRICTED', (select id from organisations.organisation where code = 'helsinki-police'), '{}', '{}', 'Poliisilaki 872/2011'
on conflict do nothing;

-- weighted choices: a table of slots per choice (more slots, more likely); each signal draws a slot
create temp table area_slot as
with a as (
    select code, parent_code,
           -- a skewed but reproducible weight per small area (1 to 55), the southern major district (0911…) twice as busy
           exp(4 * ((hashtext(code) & 1023) / 1023.0)) * case when code like '0911%' then 2 else 1 end as w
      from areas.area where level = 'SMALL_AREA' and valid_to is null and municipality_code = '091'),
n as (select code, parent_code, greatest(1, round(w / sum(w) over () * 20000))::int as slots from a)
select (row_number() over (order by code, g) - 1)::int as slot, code, parent_code from n, generate_series(1, n.slots) g;

create temp table phenomenon_slot as
with r (code, rate) as (values ('disturbance-and-noise', 200), ('intoxicant-disturbance', 150), ('property-crime', 140),
    ('vandalism', 120), ('traffic-safety', 100), ('feeling-of-insecurity', 80), ('public-violence', 60),
    ('street-drug-dealing', 50), ('accidents-and-injuries', 40), ('youth-gangs', 30), ('robbery', 20),
    ('youth-marginalisation', 20), ('staff-violence', 15), ('fire-safety', 10), ('other', 10), ('radicalisation', 2))
select (row_number() over (order by p.id, g) - 1)::int as slot, p.id as phenomenon_id
  from r join signals.phenomenon p using (code), generate_series(1, r.rate) g;

-- 30 % PUBLIC (residents' feedback), 50 % INTERNAL (the city), 15 % RESTRICTED shared with the safety unit, 5 % police only
create temp table audience_slot as
with a (classification, shared, share, channel, reliability, org) as (values
    ('PUBLIC', false, 30, 'RESIDENT_FEEDBACK', 'UNCONFIRMED', 'safety-unit'),
    ('INTERNAL', false, 50, 'FORM', 'REPORTED', 'safety-unit'),
    ('RESTRICTED', true, 15, 'POLICE_FEED', 'OBSERVED', 'helsinki-police'),
    ('RESTRICTED', false, 5, 'POLICE_FEED', 'OBSERVED', 'helsinki-police'))
select (row_number() over (order by u.id, g) - 1)::int as slot, u.id as audience_id, a.channel, a.reliability, o.id as organisation_id
  from a join organisations.organisation police on police.code = 'helsinki-police'
  join signals.audience u on u.classification = a.classification and u.shared_bodies = '{}'
        and case when a.classification = 'RESTRICTED'
                 then u.owner_organisation_id = police.id and u.legal_basis = 'Poliisilaki 872/2011'
                      and (cardinality(u.shared_organisations) > 0) = a.shared
                 else u.owner_organisation_id is null and u.legal_basis is null end
  join organisations.organisation o on o.code = a.org, generate_series(1, a.share) g;

select max(slot) + 1 as area_slots from area_slot \gset
select max(slot) + 1 as phenomenon_slots from phenomenon_slot \gset
select coalesce(max(id), 0) as before_fill, count(*) = 0 as rollups_empty from signals.signal \gset
analyze area_slot; analyze phenomenon_slot; analyze audience_slot;

-- the secondary indexes are built once after the fill instead of row by row; the generated rows are valid by
-- construction, so the per-row foreign-key triggers are skipped too
drop index signals.signal_day, signals.signal_area, signals.signal_status, signals.signal_external_id;
set session_replication_role = replica;

-- signal g of n is observed (n - g) / n × 1,096 days ago (the table is in arrival order, as in real use); the last 400
-- are an outbreak of street drug dealing in one small area of the centre in the last 10 days (the emerging run finds it)
insert into signals.signal (phenomenon_id, observed_from, observed_to, day, area_code, count, source_organisation_id, channel,
                            reliability, audience_id, status, reported_at, updated_at)
select case when s.outbreak then (select id from signals.phenomenon where code = 'street-drug-dealing') else p.phenomenon_id end,
       s.t, s.t + make_interval(mins => s.minutes), (s.t at time zone 'Europe/Helsinki')::date,
       case when s.outbreak then (select min(code) from area_slot where code like '0911%') else a.code end,
       case when s.r < 0.95 then 1 else 2 + (s.r * 1000)::int % 4 end,
       u.organisation_id, u.channel, u.reliability, u.audience_id,
       case when s.t > now() - interval '14 days' then 'NEW' else 'CLOSED' end, s.t + interval '1 hour', s.t + interval '1 hour'
  from (select g > :n - 400 as outbreak,
               floor(random() * :area_slots)::int as area_slot, floor(random() * :phenomenon_slots)::int as phenomenon_slot,
               floor(random() * 100)::int as audience_slot, random() as r, (random() * 180)::int as minutes,
               case when g > :n - 400 then now() - random() * interval '10 days'
                    else now() - ((:n - g) + random()) / :n * interval '1096 days' end as t
          from generate_series(1, :n) g offset 0) s
  join area_slot a on a.slot = s.area_slot
  join phenomenon_slot p on p.slot = s.phenomenon_slot
  join audience_slot u on u.slot = s.audience_slot;
set session_replication_role = origin;

create unique index signal_external_id on signals.signal (source_organisation_id, external_id) where external_id is not null;
create index signal_day on signals.signal (day, phenomenon_id);
create index signal_area on signals.signal (area_code text_pattern_ops, day);
create index signal_status on signals.signal (status, reported_at) where status in ('NEW', 'TRIAGED');

-- the rollups of the new signals: daily by the signal's (small) area, weekly (Monday) by its sub-area
create temp table new_daily as
select day, area_code, phenomenon_id, audience_id, sum(count) as count from signals.signal where id > :before_fill
 group by day, area_code, phenomenon_id, audience_id;
create temp table new_weekly as
select date_trunc('week', d.day)::date as week, coalesce(a.parent_code, d.area_code) as area_code, d.phenomenon_id, d.audience_id,
       sum(d.count) as count
  from new_daily d left join areas.area a on a.code = d.area_code and a.level = 'SMALL_AREA'
 group by 1, 2, 3, 4;
\if :rollups_empty
insert into signals.daily_count select * from new_daily order by day, area_code, phenomenon_id, audience_id;
insert into signals.weekly_count select * from new_weekly order by week, area_code, phenomenon_id, audience_id;
\else
insert into signals.daily_count select * from new_daily order by day, area_code, phenomenon_id, audience_id
    on conflict (day, area_code, phenomenon_id, audience_id) do update set count = daily_count.count + excluded.count;
insert into signals.weekly_count select * from new_weekly order by week, area_code, phenomenon_id, audience_id
    on conflict (week, area_code, phenomenon_id, audience_id) do update set count = weekly_count.count + excluded.count;
\endif
