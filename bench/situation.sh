#!/usr/bin/env bash
# The situational picture with 10 million signals: the city overview, the emerging-phenomena run (148 sub-areas × 16
# phenomena) and the hot-spot run, timed warm through HTTP (they read the rollups), against the same figures computed
# with GROUP BY over the raw signals in SQL.
# Usage: bench/situation.sh [signals]      (default 10000000; needs JDK 25, curl and psql; packages the application first)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib/app.sh
signals=${1:-10000000}
bench_package
bench_start 18383 15583

# ---------------------------------------------------------------------------------------------------------------------
# 1. The fill (bench/lib/fill-signals.sql): $signals signals over the last three years (in time order, as they would
#    arrive), all 403 small areas of Helsinki with unequal weights, the 16 phenomena at unequal rates, four audiences; then
#    the rollups exactly as the application keeps them (daily by small area, weekly by sub-area; week = Monday).
# ---------------------------------------------------------------------------------------------------------------------
bench_fill_signals "$signals"

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
