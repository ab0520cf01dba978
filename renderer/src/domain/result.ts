/**
 * Shared success/failure type for the domain layer.
 *
 * Domain functions never throw for bad *user input*: they return an error *code* (a string
 * literal union per function) and the UI translates the code. They do throw (RangeError) when a
 * caller breaks a programming contract, e.g. passes a non-integer amount of cents.
 */
export type Result<T, E extends string = string> = Ok<T> | Err<E>;

export type Ok<T> = { readonly ok: true; readonly value: T };
export type Err<E extends string> = { readonly ok: false; readonly error: E };

/** Alias used by the parsers (`parseAmount`, `parseDate`); identical to `Result`. */
export type ParseResult<T, E extends string = string> = Result<T, E>;

export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

export function err<E extends string>(error: E): Err<E> {
  return { ok: false, error };
}
