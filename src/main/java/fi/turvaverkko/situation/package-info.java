/**
 * The joint situational picture (tilannekuva): counts by area, phenomenon and time from the signals' rollups, under
 * disclosure control; emerging phenomena tested against each area's own past with false-discovery-rate control; hot
 * spots among neighbouring areas (Getis-Ord Gi*); analysts' assessments; published, immutable snapshots.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "areas", "access", "audit", "organisations", "signals" })
package fi.turvaverkko.situation;
