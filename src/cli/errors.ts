/** A problem with what the user asked for: printed as one line, exit code 1, no stack trace. */
export class UserError extends Error {
  override name = 'UserError';
}
