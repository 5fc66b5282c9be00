/** Access: user accounts, roles, sign-in and the security rules of pages and the API. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform" })
package fi.turvaverkko.access;
