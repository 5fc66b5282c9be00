package fi.turvaverkko.plans.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import fi.turvaverkko.areas.Area;
import fi.turvaverkko.organisations.Body;
import fi.turvaverkko.organisations.Organisation;
import fi.turvaverkko.plans.ActionState;
import fi.turvaverkko.plans.Cadence;
import fi.turvaverkko.plans.PlanLevel;
import fi.turvaverkko.plans.PlanState;
import fi.turvaverkko.plans.Views.ActionView;
import fi.turvaverkko.plans.Views.FocusAreaView;
import fi.turvaverkko.plans.Views.PlanView;
import fi.turvaverkko.plans.Views.ProgressReportView;
import fi.turvaverkko.platform.Csv;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Open data: safety plans", description = "The public content of the safety plans, for anyone and without an account: "
        + "PUBLIC plans, their PUBLIC focus areas and the PUBLIC actions in them, with their progress and latest progress report. "
        + "Nothing INTERNAL or RESTRICTED is ever included. Licence: Creative Commons Attribution 4.0 (CC BY 4.0); name the city "
        + "and Turvaverkko as the source. Fields: docs/plans-csv.md#open-data.")
@RestController
class PublicPlanApiController {

    static final Licence LICENCE = new Licence("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/",
            "Source: the city's safety plans, Turvaverkko (CC BY 4.0)");
    static final String DOCUMENTATION = "docs/plans-csv.md#open-data";

    private final PublicPlans plans;

    PublicPlanApiController(PublicPlans plans) {
        this.plans = plans;
    }

    record Licence(String name, String url, String attribution) {
    }

    /** A text in Finnish, Swedish and English (null when there is none in that language). */
    record Names(String fi, String sv, String en) {
    }

    /** An organisation, a body or an area by its code, with its name. */
    record Named(String code, Names name) {
    }

    record Link(long id, Names title) {
    }

    record Report(String period, ActionState state, int progress, String narrative, String nextSteps, Instant reportedAt) {
    }

    record Action(long id, Link plan, Link focusArea, Names title, String description, Named responsibleOrganisation,
            List<Named> partners, boolean cityWide, List<Named> areas, LocalDate startsOn, LocalDate endsOn, ActionState state,
            int progress, Integer budgetYear, Report latestReport, Instant updatedAt, boolean demo) {
    }

    record FocusArea(long id, int position, Names title, String rationale, List<String> phenomena, List<Action> actions) {
    }

    record Plan(long id, PlanLevel level, String municipality, Named area, Names title, String description, LocalDate periodStart,
            LocalDate periodEnd, PlanState state, String decisionReference, Named ownerBody, Cadence reportingCadence,
            List<String> nationalGoals, Instant updatedAt, boolean demo, List<FocusArea> focusAreas) {
    }

    record PlansDocument(Licence licence, String documentation, Instant generatedAt, List<Plan> plans) {
    }

    record PlanDocument(Licence licence, String documentation, Instant generatedAt, Plan plan) {
    }

    record ActionsDocument(Licence licence, String documentation, Instant generatedAt, List<Action> actions) {
    }

    /** Names and codes looked up once per answer. */
    private record Lookup(Map<Long, Organisation> organisations, Map<Long, String> organisationCodes, Map<Long, Body> bodies,
            Map<Long, String> bodyCodes, Map<String, Area> areas) {
    }

    private Lookup lookup(List<PublicPlans.PublicPlan> content) {
        return new Lookup(plans.organisations(), plans.organisationCodes(), plans.bodies(), plans.bodyCodes(), plans.areas(content));
    }

    @Operation(summary = "The public safety plans with their focus areas and actions (JSON, CC BY 4.0)",
            description = "Every PUBLIC plan with its PUBLIC focus areas, each with its PUBLIC actions: responsible and partner "
                    + "organisations (code and names), scope (city-wide or areas by code and name), start and end, state, progress "
                    + "(0-100) and the latest progress report. Texts in Finnish, Swedish and English (fi, sv, en).")
    @GetMapping(path = "/api/public/plans", produces = "application/json")
    ResponseEntity<PlansDocument> plansJson() {
        List<PublicPlans.PublicPlan> content = plans.listPlansWithContent();
        Lookup lookup = lookup(content);
        return open(new PlansDocument(LICENCE, DOCUMENTATION, Instant.now(), content.stream().map(p -> plan(p, lookup)).toList()));
    }

    @Operation(summary = "One public safety plan with its focus areas and actions (JSON, CC BY 4.0)", description = "404 when there is no PUBLIC plan with the id.")
    @GetMapping(path = "/api/public/plans/{id}", produces = "application/json")
    ResponseEntity<PlanDocument> planJson(@PathVariable long id) {
        PublicPlans.PublicPlan content = plans.getPlan(id);
        return open(new PlanDocument(LICENCE, DOCUMENTATION, Instant.now(), plan(content, lookup(List.of(content)))));
    }

    @Operation(summary = "The public actions of all public plans (JSON, CC BY 4.0)", description = "The actions of GET /api/public/plans "
            + "as one list, each with its plan and focus area.")
    @GetMapping(path = "/api/public/actions.json", produces = "application/json")
    ResponseEntity<ActionsDocument> actionsJson() {
        List<PublicPlans.PublicPlan> content = plans.listPlansWithContent();
        Lookup lookup = lookup(content);
        return open(new ActionsDocument(LICENCE, DOCUMENTATION, Instant.now(), content.stream()
                .flatMap(p -> p.focusAreas().stream().flatMap(f -> f.actions().stream().map(a -> action(a, p.plan(), f.focusArea(), lookup))))
                .toList()));
    }

    @Operation(summary = "The public actions of all public plans (CSV, CC BY 4.0)", description = "One row per action, UTF-8 with a byte "
            + "order mark, comma separated, RFC 4180 quoting: plan_id, plan_title, focus_area_id, focus_area_title, id, title, "
            + "title_sv, title_en, description, responsible_organisation (code), responsible_organisation_name, partners (codes "
            + "separated by |), areas (codes separated by |; empty = city-wide), starts_on, ends_on, state, progress, budget_year, "
            + "latest_report_period, latest_report, updated_at.")
    @GetMapping(path = "/api/public/actions.csv", produces = "text/csv")
    ResponseEntity<byte[]> actionsCsv() {
        List<PublicPlans.PublicPlan> content = plans.listPlansWithContent();
        Lookup lookup = lookup(content);
        StringBuilder out = new StringBuilder(Csv.BYTE_ORDER_MARK);
        out.append("plan_id,plan_title,focus_area_id,focus_area_title,id,title,title_sv,title_en,description,responsible_organisation,"
                + "responsible_organisation_name,partners,areas,starts_on,ends_on,state,progress,budget_year,latest_report_period,"
                + "latest_report,updated_at\r\n");
        for (PublicPlans.PublicPlan p : content) {
            for (PublicPlans.PublicFocusArea f : p.focusAreas()) {
                for (ActionView a : f.actions()) {
                    Report latest = latest(a);
                    Organisation responsible = lookup.organisations().get(a.responsibleOrganisationId());
                    out.append(p.plan().id()).append(',').append(Csv.quote(p.plan().title())).append(',').append(f.focusArea().id()).append(',')
                            .append(Csv.quote(f.focusArea().title())).append(',').append(a.id()).append(',').append(Csv.quote(a.title())).append(',')
                            .append(Csv.quote(a.titleSv())).append(',').append(Csv.quote(a.titleEn())).append(',').append(Csv.quote(a.description()))
                            .append(',').append(Csv.quote(code(lookup.organisationCodes(), a.responsibleOrganisationId()))).append(',')
                            .append(Csv.quote(responsible == null ? null : responsible.nameFi())).append(',')
                            .append(CsvCells.joined(a.partnerOrganisationIds().stream().map(id -> code(lookup.organisationCodes(), id)).toList()))
                            .append(',').append(CsvCells.joined(a.cityWide() ? List.of() : a.areas())).append(',')
                            .append(CsvCells.plain(a.startsOn())).append(',').append(CsvCells.plain(a.endsOn())).append(',').append(a.state())
                            .append(',').append(a.progress()).append(',').append(CsvCells.plain(a.budgetYear())).append(',')
                            .append(latest == null ? "" : latest.period()).append(',').append(Csv.quote(latest == null ? null : latest.narrative()))
                            .append(',').append(CsvCells.plain(a.updatedAt())).append("\r\n");
                }
            }
        }
        return open(ResponseEntity.ok().contentType(PlanCsvApiController.CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"public-actions.csv\""), out.toString().getBytes(StandardCharsets.UTF_8));
    }

    // ---------------------------------------------------------------------------------------------------------------------

    private static <T> ResponseEntity<T> open(T body) {
        return open(ResponseEntity.ok(), body);
    }

    /** Open data: anyone may read it from anywhere, under the licence the Link header names. */
    private static <T> ResponseEntity<T> open(ResponseEntity.BodyBuilder builder, T body) {
        return builder.header(HttpHeaders.LINK, "<" + LICENCE.url() + ">; rel=\"license\"")
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
                .body(body);
    }

    private Plan plan(PublicPlans.PublicPlan content, Lookup lookup) {
        PlanView p = content.plan();
        Body owner = p.ownerBodyId() == null ? null : lookup.bodies().get(p.ownerBodyId());
        return new Plan(p.id(), p.level(), p.municipality(), area(p.areaCode(), lookup), new Names(p.title(), p.titleSv(), p.titleEn()),
                p.description(), p.periodStart(), p.periodEnd(), p.state(), p.decisionReference(),
                owner == null ? null : new Named(lookup.bodyCodes().get(owner.id()), new Names(owner.nameFi(), owner.nameSv(), owner.nameEn())),
                p.cadence(), p.nationalGoals(), p.updatedAt(), p.demo(),
                content.focusAreas().stream().map(f -> new FocusArea(f.focusArea().id(), f.focusArea().position(), names(f.focusArea()),
                        f.focusArea().rationale(), f.focusArea().phenomena(),
                        f.actions().stream().map(a -> action(a, p, f.focusArea(), lookup)).toList())).toList());
    }

    private Action action(ActionView a, PlanView plan, FocusAreaView focusArea, Lookup lookup) {
        return new Action(a.id(), new Link(plan.id(), new Names(plan.title(), plan.titleSv(), plan.titleEn())),
                new Link(focusArea.id(), names(focusArea)), new Names(a.title(), a.titleSv(), a.titleEn()), a.description(),
                organisation(a.responsibleOrganisationId(), lookup), a.partnerOrganisationIds().stream().map(id -> organisation(id, lookup)).toList(),
                a.cityWide(), a.cityWide() ? List.of() : a.areas().stream().map(code -> area(code, lookup)).toList(), a.startsOn(), a.endsOn(),
                a.state(), a.progress(), a.budgetYear(), latest(a), a.updatedAt(), a.demo());
    }

    private Report latest(ActionView action) {
        List<ProgressReportView> reports = plans.listReports(action);
        if (reports.isEmpty()) {
            return null;
        }
        ProgressReportView r = reports.getFirst();
        return new Report(r.period().code(), r.state(), r.progress(), r.narrative(), r.nextSteps(), r.reportedAt());
    }

    private static Names names(FocusAreaView f) {
        return new Names(f.title(), f.titleSv(), f.titleEn());
    }

    private static Named organisation(long id, Lookup lookup) {
        Organisation o = lookup.organisations().get(id);
        return new Named(code(lookup.organisationCodes(), id), o == null ? null : new Names(o.nameFi(), o.nameSv(), o.nameEn()));
    }

    private static Named area(String code, Lookup lookup) {
        if (code == null) {
            return null;
        }
        Area a = lookup.areas().get(code);
        return new Named(code, a == null ? null : new Names(a.nameFi(), a.nameSv(), null));
    }

    private static String code(Map<Long, String> codes, long id) {
        return codes.getOrDefault(id, String.valueOf(id));
    }
}
