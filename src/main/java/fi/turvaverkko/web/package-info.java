/** Web: the page layout, home page with the district map, language choice and error pages; no business rules. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "access", "areas" })
package fi.turvaverkko.web;
