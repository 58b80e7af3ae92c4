/** A bad configuration variable, named with the rule it breaks (reported at start-up, exit 78). */
export class ConfigError extends Error {
  constructor(readonly variable: string, rule: string) {
    super(`configuration ${variable}: ${rule}`);
    this.name = 'ConfigError';
  }
}

/** Several bad variables at once: one line each, so an operator fixes them in one go. */
export class ConfigErrors extends ConfigError {
  constructor(readonly problems: readonly ConfigError[]) {
    super(problems.map((problem) => problem.variable).join(', '), `${problems.length} problems`);
    this.message = problems.map((problem) => problem.message).join('\n');
    this.name = 'ConfigErrors';
  }
}
