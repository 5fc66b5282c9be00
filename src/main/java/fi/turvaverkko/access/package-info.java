/** Access: user accounts, roles, sign-in and the security rules of pages and the API. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "audit" })
package fi.turvaverkko.access;
