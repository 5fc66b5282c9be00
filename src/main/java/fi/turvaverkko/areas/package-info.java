/** Areas: municipalities and their district hierarchy with boundaries over time; locating a point in it. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform" })
package fi.turvaverkko.areas;
