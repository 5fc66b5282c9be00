/** Audit: an append-only, hash-chained trail of every change made by a person, every sign-in and every read of a restricted record. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform" })
package fi.turvaverkko.audit;
