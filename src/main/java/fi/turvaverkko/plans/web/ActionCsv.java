package fi.turvaverkko.plans.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.turvaverkko.plans.Views.ActionView;
import fi.turvaverkko.plans.Views.FocusAreaView;
import fi.turvaverkko.platform.Csv;

/**
 * The actions of a plan as CSV (format: docs/plans-csv.md). The export re-imports unchanged: a row with an id changes that
 * action, a row without one is a new action. A file may leave columns out: an action changed by it keeps the values of
 * the columns that are not there (a file of id, state and progress changes only those).
 */
final class ActionCsv {

    static final String ID = "id";
    static final String VERSION = "version";
    static final String FOCUS_AREA_ID = "focus_area_id";
    static final String FOCUS_AREA_TITLE = "focus_area_title";
    static final String TITLE = "title";
    static final String TITLE_SV = "title_sv";
    static final String TITLE_EN = "title_en";
    static final String DESCRIPTION = "description";
    static final String RESPONSIBLE = "responsible_organisation";
    static final String PARTNERS = "partners";
    static final String AREAS = "areas";
    static final String STARTS_ON = "starts_on";
    static final String ENDS_ON = "ends_on";
    static final String STATE = "state";
    static final String PROGRESS = "progress";
    static final String BUDGET_YEAR = "budget_year";
    static final String CLASSIFICATION = "classification";
    static final String SHARED_WITH = "shared_with";

    /** The columns an import reads, in the order the export writes them. */
    static final List<String> COLUMNS = List.of(ID, VERSION, FOCUS_AREA_ID, TITLE, TITLE_SV, TITLE_EN, DESCRIPTION, RESPONSIBLE,
            PARTNERS, AREAS, STARTS_ON, ENDS_ON, STATE, PROGRESS, BUDGET_YEAR, CLASSIFICATION, SHARED_WITH);

    /** Written for people to read and taken without a word on import. */
    static final Set<String> READ_ONLY = Set.of(FOCUS_AREA_TITLE);

    /** The field names of the plans module's messages ({@code InvalidInput.field()}) and the columns they come from. */
    static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(Map.entry("id", ID), Map.entry("version", VERSION),
            Map.entry("focusAreaId", FOCUS_AREA_ID), Map.entry("focusArea", FOCUS_AREA_ID), Map.entry("title", TITLE),
            Map.entry("titleSv", TITLE_SV), Map.entry("titleEn", TITLE_EN), Map.entry("description", DESCRIPTION),
            Map.entry("responsibleOrganisation", RESPONSIBLE), Map.entry("partners", PARTNERS), Map.entry("areas", AREAS),
            Map.entry("startsOn", STARTS_ON), Map.entry("endsOn", ENDS_ON), Map.entry("state", STATE),
            Map.entry("progress", PROGRESS), Map.entry("budgetYear", BUDGET_YEAR), Map.entry("classification", CLASSIFICATION),
            Map.entry("sharing", CLASSIFICATION), Map.entry("sharedWith", SHARED_WITH), Map.entry("organisations", SHARED_WITH),
            Map.entry("bodies", SHARED_WITH));

    private ActionCsv() {
    }

    /** The column a field of the plans module's rules comes from. */
    static String column(String field) {
        if (field == null) {
            return null;
        }
        String column = COLUMN_OF_FIELD.get(field);
        if (column != null) {
            return column;
        }
        int dot = field.lastIndexOf('.');
        return dot >= 0 ? column(field.substring(dot + 1)) : field;
    }

    /**
     * The actions, with organisations by their codes ({@code codes}: id → code) and the sharing lists by
     * {@code sharedWith} (action id → codes of the organisations and bodies it is shared with).
     */
    static byte[] write(List<ActionView> actions, List<FocusAreaView> focusAreas, Map<Long, String> codes,
            Function<ActionView, List<String>> sharedWith) {
        Map<Long, FocusAreaView> areas = focusAreas.stream().collect(Collectors.toMap(FocusAreaView::id, f -> f));
        StringBuilder out = new StringBuilder(Csv.BYTE_ORDER_MARK);
        out.append(String.join(",", ID, VERSION, FOCUS_AREA_ID, FOCUS_AREA_TITLE, TITLE, TITLE_SV, TITLE_EN, DESCRIPTION, RESPONSIBLE,
                PARTNERS, AREAS, STARTS_ON, ENDS_ON, STATE, PROGRESS, BUDGET_YEAR, CLASSIFICATION, SHARED_WITH)).append("\r\n");
        for (ActionView a : actions) {
            FocusAreaView focusArea = areas.get(a.focusAreaId());
            out.append(a.id()).append(',').append(a.version()).append(',').append(a.focusAreaId()).append(',')
                    .append(CsvCells.quote(focusArea == null ? null : focusArea.title())).append(',')
                    .append(CsvCells.quote(a.title())).append(',').append(CsvCells.quote(a.titleSv())).append(',')
                    .append(CsvCells.quote(a.titleEn())).append(',').append(CsvCells.quote(a.description())).append(',')
                    .append(CsvCells.quote(code(codes, a.responsibleOrganisationId()))).append(',')
                    .append(CsvCells.joined(a.partnerOrganisationIds().stream().map(id -> code(codes, id)).toList())).append(',')
                    .append(CsvCells.joined(a.cityWide() ? List.of() : a.areas())).append(',')
                    .append(CsvCells.plain(a.startsOn())).append(',').append(CsvCells.plain(a.endsOn())).append(',')
                    .append(a.state()).append(',').append(a.progress()).append(',').append(CsvCells.plain(a.budgetYear())).append(',')
                    .append(a.classification()).append(',').append(CsvCells.joined(sharedWith.apply(a))).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String code(Map<Long, String> codes, long organisationId) {
        return codes.getOrDefault(organisationId, String.valueOf(organisationId));
    }
}
