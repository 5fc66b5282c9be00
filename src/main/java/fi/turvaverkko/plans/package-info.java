/**
 * Safety plans on three levels, their focus areas with the evidence behind them, actions owned by one responsible
 * organisation with partners, milestones, indicators (entered or computed from signals), progress reports on the plan's
 * cadence, and the traceability from signals to the actions that address them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "areas", "access", "audit", "organisations", "meetings", "signals", "situation" })
package fi.turvaverkko.plans;
