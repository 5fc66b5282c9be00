/**
 * Statistics for the situational picture without Spring or a database: the test for an emerging phenomenon in an area
 * against the area's own past year, the Benjamini-Hochberg adjustment over all tested pairs, the Getis-Ord Gi* hot-spot
 * statistic and the distribution functions they rest on.
 */
@org.springframework.modulith.NamedInterface("statistics")
package fi.turvaverkko.situation.statistics;
