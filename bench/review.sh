#!/usr/bin/env bash
# A status review of a plan with 500 actions (owned by 12 organisations, with partners, progress reports and a history of
# changes), 42 indicators with 2,000 entered values and two counted from the signals, and a situational-picture snapshot
# over 10 million signals: compiling the review (POST /api/reviews) and publishing it (POST /api/reviews/{id}/publish:
# the XHTML and the PDF rendered and stored), through HTTP, timed. The audience is the expert group, whose review carries
# all 500 actions in an annex (the largest document). Target: compile + PDF under 3 s.
# Usage: bench/review.sh [signals] [runs]      (defaults 10000000 and 5; needs JDK 25, curl, psql and pdfinfo)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib/app.sh
signals=${1:-10000000}
runs=${2:-5}
bench_package
bench_start 18384 15584
bench_fill_signals "$signals"

json() { grep -o "\"$1\":[^,}]*" | head -1 | cut -d: -f2- | tr -d '"'; }
api() { # api METHOD PATH [BODY]: as the coordinator with an API token (no BCrypt per request); fails on 4xx/5xx
  local method=$1 path=$2 body=${3:-}
  curl -sf -X "$method" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' ${body:+-d "$body"} "$base$path"
}
token=$(curl -sf -u coordinator:demo -H 'Content-Type: application/json' -d '{"name":"bench"}' "$base/api/me/tokens" | json secret)
analyst=$(curl -sf -u analyst:demo -H 'Content-Type: application/json' -d '{"name":"bench"}' "$base/api/me/tokens" | json secret)

# ---------------------------------------------------------------------------------------------------------------------
# 1. The situational picture over the signals, published as a snapshot (the review shows its highlights and map)
# ---------------------------------------------------------------------------------------------------------------------
t0=$(date +%s.%N)
snapshot=$(curl -sf -H "Authorization: Bearer $analyst" -H 'Content-Type: application/json' \
    -d '{"title":"Tilannekuva, 28 vrk","days":28,"level":"SUB_AREA"}' "$base/api/situation/snapshots" | json id)
t1=$(date +%s.%N)
printf 'Snapshot %s published over the signals of the last 28 days (sub-areas): %.1f s\n' "$snapshot" "$(awk "BEGIN{print $t1 - $t0}")"

# ---------------------------------------------------------------------------------------------------------------------
# 2. The plan: through the API the plan, 5 focus areas and 2 indicators counted from the signals; by SQL 500 actions,
#    their partners, histories and reports, and 40 indicators with 50 entered values each (2,000)
# ---------------------------------------------------------------------------------------------------------------------
plan=$(api POST /api/plans '{"level":"CITY","title":"Turvallisuussuunnitelma (bench)","titleSv":"Säkerhetsplan (bench)","periodStart":"2025-01-01","periodEnd":"2028-12-31","ownerBody":"management-group","cadence":"QUARTER","classification":"INTERNAL"}' | json id)
api POST "/api/plans/$plan/state" '{"state":"APPROVED","decisionReference":"Johtoryhmä 3.2.2025 § 5"}' >/dev/null
api POST "/api/plans/$plan/state" '{"state":"IN_FORCE"}' >/dev/null
for f in "Nuorten hyvinvointi" "Katukauppa ja päihdehäiriöt" "Väkivallan ehkäisy" "Liikenneturvallisuus" "Asuinalueiden turvallisuus"; do
  api POST "/api/plans/$plan/focus-areas" "{\"title\":\"$f\",\"rationale\":\"Signaalit ja kyselyt\",\"phenomena\":[\"street-drug-dealing\"],\"classification\":\"INTERNAL\"}" >/dev/null
done
api POST /api/indicators "{\"planId\":$plan,\"name\":\"Katukauppasignaalit kuukaudessa\",\"unit\":\"signaalia\",\"direction\":\"LOWER\",\"baselineDate\":\"2024-01-01\",\"targetValue\":100,\"targetDate\":\"2028-12-31\",\"source\":\"SIGNALS\",\"phenomena\":[\"street-drug-dealing\"],\"period\":\"MONTH\"}" >/dev/null
api POST /api/indicators "{\"planId\":$plan,\"name\":\"Nuorten jengiytyminen neljännesvuosittain\",\"unit\":\"signaalia\",\"direction\":\"LOWER\",\"baselineDate\":\"2024-01-01\",\"source\":\"SIGNALS\",\"phenomena\":[\"youth-gangs\"],\"period\":\"QUARTER\"}" >/dev/null
"${psql[@]}" -v plan="$plan" <<'SQL'
-- 500 actions across the focus areas, owned by 12 organisations (the police's 5 RESTRICTED, shared with the safety unit)
with orgs as (select array_agg(id order by code) as ids from organisations.organisation
               where code in ('youth-services', 'child-welfare', 'education-division', 'culture-leisure-division', 'helsinki-police',
                              'helsinki-rescue', 'urban-environment-division', 'social-health-rescue-division', 'safety-unit', 'hsl',
                              'aseman-lapset', 'helsinki-police-prevention')),
     focus as (select array_agg(id order by position) as ids from plans.focus_area where plan_id = :plan)
insert into plans.action (plan_id, focus_area_id, title, title_sv, description, owner_organisation_id, starts_on, ends_on, state, progress,
                          budget_year, classification, created_by)
select :plan, focus.ids[1 + g % 5], 'Toimenpide ' || g || ': ' || (array['jalkautuva nuorisotyö', 'koulujen turvallisuuskävelyt',
           'asemien valvonta', 'päihdetyön ilta', 'valaistuksen parantaminen'])[1 + g % 5] || ' alueella ' || (1 + g % 34),
       'Åtgärd ' || g, 'Toimenpiteen kuvaus ' || g, orgs.ids[1 + g % array_length(orgs.ids, 1)],
       date '2025-01-01' + (g % 365), date '2027-01-01' + (g % 700),
       (array['PLANNED', 'ONGOING', 'ONGOING', 'ONGOING', 'DELAYED', 'COMPLETED', 'CANCELLED'])[1 + g % 7],
       case when g % 7 = 5 then 100 else (g * 13) % 100 end, 2025 + g % 3,
       case when g % 100 = 0 then 'RESTRICTED' else 'INTERNAL' end, 'bench'
  from generate_series(1, 500) g, orgs, focus;
insert into plans.action_partner (action_id, organisation_id)
select a.id, o.id from plans.action a join organisations.organisation o on o.code in ('aseman-lapset', 'youth-services')
 where a.plan_id = :plan and o.id <> a.owner_organisation_id and a.id % 3 = 0;
insert into plans.action_share (action_id, organisation_id)
select a.id, (select id from organisations.organisation where code = 'safety-unit') from plans.action a
 where a.plan_id = :plan and a.classification = 'RESTRICTED';
-- a history of changes: four per action over the last year, the latest within the last 60 days
insert into plans.action_history (action_id, changed_at, state, progress, changed_by)
select a.id, now() - make_interval(days => (365 - k * 90 + a.id % 60)::int), a.state, greatest(0, a.progress - (4 - k) * 10), 'bench'
  from plans.action a, generate_series(1, 4) k where a.plan_id = :plan;
-- progress reports up to the last ended quarter for two actions in three; the rest are overdue
insert into plans.progress_report (action_id, period_start, period_end, state, progress, narrative, organisation_id, reported_by, reported_by_name)
select a.id, q.s, (q.s + interval '3 months' - interval '1 day')::date, a.state, a.progress, 'Edennyt suunnitellusti.', a.owner_organisation_id,
       'bench', 'Bench'
  from plans.action a,
       lateral (select (date_trunc('quarter', now()) - interval '3 months')::date as s) q
 where a.plan_id = :plan and a.id % 3 <> 0;
-- 40 indicators entered by hand, 50 monthly values each (2,000)
insert into plans.indicator (plan_id, focus_area_id, name, name_sv, unit, direction, baseline_value, baseline_date, target_value, target_date,
                             source, created_by)
select :plan, (select id from plans.focus_area where plan_id = :plan order by position limit 1 offset (i % 5)),
       'Mittari ' || i || ': ' || (array['koettu turvallisuus', 'ilkivaltailmoitukset', 'nuorisotalojen kävijät', 'liikenneonnettomuudet'])[1 + i % 4],
       'Mätare ' || i, (array['%', 'kpl', 'kävijää', 'kpl'])[1 + i % 4], case when i % 2 = 0 then 'HIGHER' else 'LOWER' end,
       100, date '2022-10-31', case when i % 2 = 0 then 130 else 70 end, date '2028-12-31', 'MANUAL', 'bench'
  from generate_series(1, 40) i;
insert into plans.indicator_value (indicator_id, period_start, period_end, value, entered_by)
select x.id, (date '2022-11-01' + make_interval(months => m))::date, (date '2022-11-01' + make_interval(months => m + 1) - interval '1 day')::date,
       round((100 + case when x.direction = 'HIGHER' then m else -m end * 0.6 + (m * x.id) % 7)::numeric, 1), 'bench'
  from plans.indicator x, generate_series(0, 49) m where x.plan_id = :plan and x.source = 'MANUAL';
analyze plans.action; analyze plans.action_history; analyze plans.progress_report; analyze plans.indicator_value;
SQL
"${psql[@]}" -At -v plan="$plan" -F' ' <<'SQL' | awk '{printf "Plan: %s actions, %s indicators (2 counted from the signals), %s entered values, %s history rows\n", $1, $2, $3, $4}'
select (select count(*) from plans.action where plan_id = :plan), (select count(*) from plans.indicator where plan_id = :plan),
       (select count(*) from plans.indicator_value v join plans.indicator i on i.id = v.indicator_id where i.plan_id = :plan),
       (select count(*) from plans.action_history h join plans.action a on a.id = h.action_id where a.plan_id = :plan);
SQL

# ---------------------------------------------------------------------------------------------------------------------
# 3. The review, $runs times (after one run to warm): compile (create), write the summary, approve, publish (render + PDF)
# ---------------------------------------------------------------------------------------------------------------------
review() {
  local t_create t_publish id body
  body="{\"planId\":$plan,\"from\":\"2026-07-01\",\"to\":\"2026-09-30\",\"audience\":\"EXPERT_GROUP\",\"language\":\"fi\",\"snapshotId\":$snapshot,\"title\":\"Tilannekatsaus (bench)\"}"
  read -r t_create id <<<"$(curl -sf -o "$data/review.json" -w '%{time_total}' -X POST -H "Authorization: Bearer $token" \
      -H 'Content-Type: application/json' -d "$body" "$base/api/reviews"; echo " $(json id <"$data/review.json")")"
  api PUT "/api/reviews/$id/sections/SUMMARY" '{"text":"Yhteenveto: toimenpiteet etenevät, katukauppa on lisääntynyt."}' >/dev/null
  api POST "/api/reviews/$id/approve" >/dev/null
  t_publish=$(curl -sf -o /dev/null -w '%{time_total}' -X POST -H "Authorization: Bearer $token" "$base/api/reviews/$id/publish")
  echo "$id $t_create $t_publish"
}
review >/dev/null
results=()
for run in $(seq "$runs"); do results+=("$(review)"); done
last=$(printf '%s\n' "${results[@]}" | tail -1 | cut -d' ' -f1)
curl -sf -H "Authorization: Bearer $token" -o "$data/review.pdf" "$base/api/reviews/$last.pdf"
t_stored=$(curl -sf -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $token" "$base/api/reviews/$last.pdf")
pages=$(pdfinfo "$data/review.pdf" | awk '/^Pages:/{print $2}')
echo
echo "Status review, warm, $runs runs (coordinator with an API token; through HTTP, JSON included); load average $(cut -d' ' -f1-3 /proc/loadavg):"
# median and max in ms of a column (awk expression over "id create publish")
timing() {
  printf '%s\n' "${results[@]}" | awk "{print $1}" | sort -g | awk '{a[NR]=$1} END{m=int((NR+1)/2); printf "%.0f %.0f", a[m]*1000, a[NR]*1000}'
}
read -r c_med c_max <<<"$(timing '$2')"
read -r p_med p_max <<<"$(timing '$3')"
read -r s_med s_max <<<"$(timing '$2 + $3')"
printf '  compile (POST /api/reviews: plan, 500 actions, 42 indicators, snapshot, tasks; stored)   median %6s ms, max %6s ms\n' "$c_med" "$c_max"
printf '  publish (POST …/publish: XHTML and PDF rendered and stored)                          median %6s ms, max %6s ms\n' "$p_med" "$p_max"
printf '  compile + publish                                                               median %6s ms, max %6s ms (target < 3000 ms)\n' "$s_med" "$s_max"
printf '  the stored PDF: %s pages, %s KB; served in %.0f ms\n' "$pages" "$(( $(stat -c %s "$data/review.pdf") / 1024 ))" "$(awk "BEGIN{print $t_stored * 1000}")"
