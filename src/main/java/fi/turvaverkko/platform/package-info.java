/** Platform: the embedded PostgreSQL, the application-wide settings and demo mode, and RFC 9457 error answers of the API. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package fi.turvaverkko.platform;
