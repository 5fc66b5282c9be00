/**
 * Safety signals: observations of safety phenomena from partners, the police and (later) residents, each placed in an
 * area, classified for need-to-know and rolled up per area, phenomenon and day for the situational picture.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "areas", "access", "audit", "organisations" })
package fi.turvaverkko.signals;
