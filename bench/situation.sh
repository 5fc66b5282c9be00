#!/usr/bin/env bash
# The situational picture with 10 million signals: the city overview, the emerging-phenomena run (148 sub-areas × 16
# phenomena) and the hot-spot run, timed warm through HTTP (they read the rollups), against the same figures computed
# with GROUP BY over the raw signals in SQL.
# Usage: bench/situation.sh [signals]      (default 10000000; needs JDK 25, curl and psql; packages the application first)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export MAVEN_OPTS=${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}
signals=${1:-10000000}
port=18383
dbport=15583
base="http://127.0.0.1:$port"
./mvnw -B -q -o -Dstyle.color=never -DskipTests package >/dev/null
for p in $port $dbport; do
  ! ss -ltn | grep -q ":$p\b" || { echo "port $p is in use: another run of a bench?"; exit 1; }
done
data=$(mktemp -d /tmp/turvaverkko-bench.XXXXXX)
pid=
trap '[ -n "$pid" ] && { kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; }; rm -rf "$data"' EXIT
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GB; $("$JAVA_HOME/bin/java" -version 2>&1 | head -1); $(date -I)"

# demo accounts for HTTP Basic, but no demo signals: the bench fills its own 10 million
"$JAVA_HOME/bin/java" -jar target/turvaverkko.jar --server.port=$port --turvaverkko.data-dir="$data" \
    --turvaverkko.database.port=$dbport --turvaverkko.demo=true --turvaverkko.signals.demo-scale=0 >"$data/app.log" 2>&1 &
pid=$!
until curl -sf "$base/actuator/health" | grep -q '"UP"'; do
  kill -0 $pid 2>/dev/null || { echo "the application stopped:"; tail -50 "$data/app.log"; exit 1; }
  sleep 0.2
done
# the embedded PostgreSQL (zonky) trusts local connections: user postgres, database postgres
psql=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p $dbport -U postgres -d postgres)
echo "PostgreSQL: $("${psql[@]}" -Atc 'show server_version')"
# demo signals written at start-up (if any) are left alone: wait until their number stops changing
previous=-1
while :; do
  now=$("${psql[@]}" -Atc 'select count(*) from signals.signal')
  [ "$now" = "$previous" ] && break
  previous=$now
  sleep 5
done
[ "$now" -gt 0 ] && echo "$now signals were there already (demo data)"

# ---------------------------------------------------------------------------------------------------------------------
# 1. The fill: $signals signals over the last three years (in time order, as they would arrive), all 403 small areas of
#    Helsinki with unequal weights, the 16 phenomena at unequal rates, four audiences; then the rollups exactly as the
#    application keeps them (daily by small area, weekly by sub-area; week = Monday).
# ---------------------------------------------------------------------------------------------------------------------
echo "Filling $signals signals …"
t0=$(date +%s.%N)
"${psql[@]}" -v n="$signals" <<'SQL'
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
SQL
t1=$(date +%s.%N)
"${psql[@]}" -c 'vacuum analyze signals.signal' -c 'vacuum analyze signals.daily_count' -c 'vacuum analyze signals.weekly_count'
t2=$(date +%s.%N)
printf 'Fill: %.0f s (signals, indexes, rollups), VACUUM ANALYZE %.0f s\n' "$(awk "BEGIN{print $t1 - $t0}")" "$(awk "BEGIN{print $t2 - $t1}")"
"${psql[@]}" -At -F' ' <<'SQL' | awk '{printf "  %s signals (sum of counts %s), %s daily rollup rows, %s weekly rollup rows; signals table with indexes %s %s\n", $1, $2, $3, $4, $5, $6}'
select (select count(*) from signals.signal), (select sum(count) from signals.signal), (select count(*) from signals.daily_count),
       (select count(*) from signals.weekly_count), (select pg_size_pretty(pg_total_relation_size('signals.signal')));
SQL

# ---------------------------------------------------------------------------------------------------------------------
# 2. Through HTTP, warm: once to warm, then 10 times; median and p90 of curl's time_total
# ---------------------------------------------------------------------------------------------------------------------
today=$("${psql[@]}" -Atc "select (now() at time zone 'Europe/Helsinki')::date")
from30=$("${psql[@]}" -Atc "select (now() at time zone 'Europe/Helsinki')::date - 29")
declare -A median
# one round of 10 timed requests after one to warm; prints "median p90" in ms
timed() {
  local times=()
  for run in $(seq 10); do times+=("$(curl -s -o /dev/null -w '%{time_total}' "$@")"); done
  printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END{printf "%.1f %.1f", (a[5]+a[6])/2*1000, a[9]*1000}'
}
http() {
  local label=$1 path=$2 status basic token
  status=$(curl -s -o "$data/response.json" -w '%{http_code}' -u analyst:demo "$base$path")
  [ "$status" = 200 ] || { echo "$path answered $status:"; head -c 1000 "$data/response.json"; echo; exit 1; }
  curl -s -o /dev/null -H "Authorization: Bearer $token_secret" "$base$path"
  read -r basic_median basic_p90 <<<"$(timed -u analyst:demo "$base$path")"
  read -r token_median token_p90 <<<"$(timed -H "Authorization: Bearer $token_secret" "$base$path")"
  median[$label]=$basic_median
  printf '  %-48s Basic: median %6.1f ms, p90 %6.1f ms | token: median %6.1f ms, p90 %6.1f ms\n' \
    "$label" "$basic_median" "$basic_p90" "$token_median" "$token_p90"
}
# the analyst's API token: the same requests without HTTP Basic's BCrypt check of the password on every request
token_secret=$(curl -s -u analyst:demo -H 'Content-Type: application/json' -d '{"name":"bench"}' "$base/api/me/tokens" | grep -o '"secret":"[^"]*"' | cut -d'"' -f4)
echo
echo "Through HTTP (rollups; end to end: authentication, queries, statistics, JSON), user analyst, warm, 10 runs each"
echo "with HTTP Basic (-u analyst:demo: BCrypt on every request) and with the analyst's API token (Bearer); load average $(cut -d' ' -f1-3 /proc/loadavg):"
http "authentication alone: GET /api/phenomena" "/api/phenomena"
http "overview, 30 days, all phenomena" "/api/situation?level=SUB_AREA&from=$from30&to=$today"
http "overview, 30 days, street-drug-dealing" "/api/situation?level=SUB_AREA&from=$from30&to=$today&phenomenon=street-drug-dealing"
http "emerging run, SUB_AREA (148 × 16 pairs)" "/api/situation/emerging?level=SUB_AREA"
curl -s -u analyst:demo "$base/api/situation/emerging?level=SUB_AREA&significantOnly=true" >"$data/emerging.json"
printf '    (%s pairs compared, %s significant; the injected outbreak: %s)\n' \
  "$(grep -o '"comparisons":[0-9]*' "$data/emerging.json" | cut -d: -f2)" "$(grep -o '"significant":true' "$data/emerging.json" | wc -l)" \
  "$(grep -o '"areaCode":"[0-9]*","areaName":"[^"]*","phenomenon":"street-drug-dealing"' "$data/emerging.json" | head -1 | cut -d'"' -f8)"
http "hot spots, SUB_AREA, 14 days, all phenomena" "/api/situation/hotspots?level=SUB_AREA"

# ---------------------------------------------------------------------------------------------------------------------
# 3. The same figures with GROUP BY over the raw signals (SQL alone, psql \timing), once to warm, then the median of 5
# ---------------------------------------------------------------------------------------------------------------------
# the analyst's standing: a member of the safety unit sees PUBLIC, INTERNAL and RESTRICTED shared with it
visible="select a.id from signals.audience a where a.classification in ('PUBLIC', 'INTERNAL') or a.owner_organisation_id in (select id from organisations.organisation where code = 'safety-unit') or a.shared_organisations && array(select id from organisations.organisation where code = 'safety-unit')"
# the emerging run's periods, as EmergingPhenomena sets them: the current 14 days, the 52 weeks before the current period's week
read -r cur_from base_from base_to <<<"$("${psql[@]}" -At -F' ' -c "select d - 13, date_trunc('week', d - 13)::date - 364, date_trunc('week', d - 13)::date - 1 from (select (now() at time zone 'Europe/Helsinki')::date as d) t")"
raw() {
  local label=$1 sql=$2
  local script="\\timing on"$'\n'
  for run in 1 2 3 4 5 6; do script+="$sql"$'\n'; done
  local ms
  ms=$("${psql[@]}" -o /dev/null <<<"set max_parallel_workers_per_gather = 2; set work_mem = '64MB';"$'\n'"$script" \
       | grep -o 'Time: [0-9.]*' | awk 'NR > 1 {print $2}' | sort -g | awk 'NR == 3')
  printf '  %-66s median %7.1f ms\n' "$label" "$ms"
  median[$label]=$ms
}
echo
echo "GROUP BY over the raw signals (the SQL alone, no HTTP, no statistics), warm, median of 5:"
raw "raw: overview, counts per sub-area, 30 days" "
select a.parent_code, coalesce(sum(s.count) filter (where s.audience_id in ($visible)), 0) as visible,
       coalesce(sum(s.count) filter (where s.audience_id not in ($visible)), 0) as hidden
  from signals.signal s join areas.area a on a.code = s.area_code
 where s.day between date '$from30' and date '$today' group by a.parent_code;"
raw "raw: overview, every figure the endpoint returns" "
with current as (select a.parent_code, s.phenomenon_id, sum(s.count) filter (where s.audience_id in ($visible)) as visible,
                        sum(s.count) filter (where s.audience_id not in ($visible)) as hidden
                   from signals.signal s join areas.area a on a.code = s.area_code
                  where s.day between date '$from30' and date '$today' group by 1, 2),
     previous as (select a.parent_code, s.phenomenon_id, sum(s.count) filter (where s.audience_id in ($visible)) as visible,
                        sum(s.count) filter (where s.audience_id not in ($visible)) as hidden
                   from signals.signal s join areas.area a on a.code = s.area_code
                  where s.day between date '$from30' - 30 and date '$from30' - 1 group by 1, 2),
     trend as (select date_trunc('week', s.day) as week, s.phenomenon_id, sum(s.count) filter (where s.audience_id in ($visible)) as visible,
                        sum(s.count) filter (where s.audience_id not in ($visible)) as hidden
                 from signals.signal s where s.day between date_trunc('week', date '$today' - 728)::date and date '$today' group by 1, 2)
select (select count(*) from current), (select count(*) from previous), (select count(*) from trend);"
raw "raw: emerging, sub-area × phenomenon × 14-day period, 378 days" "
select a.parent_code, s.phenomenon_id, case when s.day >= date '$cur_from' then -1 else (s.day - date '$base_from') / 14 end as period,
       coalesce(sum(s.count) filter (where s.audience_id in ($visible)), 0) as visible,
       coalesce(sum(s.count) filter (where s.audience_id not in ($visible)), 0) as hidden
  from signals.signal s join areas.area a on a.code = s.area_code
 where s.day between date '$base_from' and date '$base_to' or s.day >= date '$cur_from'
 group by 1, 2, 3;"

echo
echo "Raw ÷ rollup (the rollup side end to end through HTTP with Basic, the statistics included; the raw side the SQL alone):"
ratio() { printf '  %-66s %6.1f×\n' "$1" "$(awk "BEGIN{print ${median[$2]} / ${median[$3]}}")"; }
ratio "overview: counts per sub-area ÷ overview, all phenomena" "raw: overview, counts per sub-area, 30 days" "overview, 30 days, all phenomena"
ratio "overview: every figure ÷ overview, all phenomena" "raw: overview, every figure the endpoint returns" "overview, 30 days, all phenomena"
ratio "emerging: raw counts ÷ emerging run" "raw: emerging, sub-area × phenomenon × 14-day period, 378 days" "emerging run, SUB_AREA (148 × 16 pairs)"
