/**
 * Status reviews (tilannekatsaukset): a coordinator compiles a plan's progress, its indicators against their targets,
 * the highlights of a situational-picture snapshot and the bodies' open follow-up tasks for a period and an audience,
 * writes the narrative, approves and publishes it as an immutable HTML page and PDF in Finnish or Swedish, classified as
 * its most restricted content.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "areas", "access", "audit", "organisations", "meetings",
        "signals", "situation", "plans" })
package fi.turvaverkko.reviews;
