/** Organisations: the parties of safety work, the people in them, cooperation bodies with their members and chairs, and cooperation agreements. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "access", "areas", "audit" })
package fi.turvaverkko.organisations;
