package fi.turvaverkko.organisations.internal;

/** A record of the module's API together with its stable code (the API records carry no code). */
public record Coded<T>(T value, String code) {
}
