/** Meetings of cooperation bodies: schedules, agendas, attendance, minutes, numbered decisions and follow-up tasks, classified for need-to-know. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "access", "audit", "organisations" })
package fi.turvaverkko.meetings;
