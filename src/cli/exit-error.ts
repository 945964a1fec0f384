/** Exit codes, documented in `vdm-test --help`. */
export const ExitCode = {
  /** every check passed */
  ok: 0,
  /** a check failed */
  checkFailed: 1,
  /** bad flags or arguments */
  usage: 2,
  /** the target was unreachable or did not answer */
  unreachable: 3,
  /** the run could not decide */
  inconclusive: 4,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Thrown anywhere below the CLI to end the run with a one-line message and an exit code. */
export class ExitError extends Error {
  override readonly name = "ExitError";
  constructor(
    readonly code: ExitCode,
    message: string,
  ) {
    super(message);
  }
}
