/**
 * Runs `f` with some of `target`'s fields set to `values` (a rule switched off to read main's behaviour, a parameter
 * raised), then puts back what was there, whatever `f` did. For switches a bench or test flips (CLAUSE_RULES,
 * CLAUSE_ACTORS, REPORT_ALIGN).
 */
export function withFlags<O extends object, T>(target: O, values: Partial<O>, f: () => T): T {
  const saved = Object.fromEntries(Object.keys(values).map((k) => [k, target[k as keyof O]])) as Partial<O>;
  Object.assign(target, values);
  try {
    return f();
  } finally {
    Object.assign(target, saved);
  }
}
