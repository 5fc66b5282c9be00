package fi.turvaverkko.areas;

import java.util.List;

/** Boundaries changed: one or more data sets were imported. */
public record AreasImported(List<String> datasets) {
}
