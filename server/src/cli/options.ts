/** Splits `a b --out x --flag` into positional arguments and the named options it knows. */
export function parseOptions(
  args: string[],
  known: string[],
): { positional: string[]; options: Record<string, string | undefined> } {
  const positional: string[] = [];
  const options: Record<string, string | undefined> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split('=', 2);
    if (!known.includes(name)) throw new Error(`unknown option --${name}`);
    options[name] = inline ?? args[++i];
    if (options[name] === undefined) throw new Error(`option --${name} needs a value`);
  }
  return { positional, options };
}
