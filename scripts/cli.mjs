/**
 * What every command in scripts/ does with its arguments before anything else:
 * `--help` (or `-h`) prints its usage and exits 0, and an option it does not
 * know ends it with a clear message and exit code 2. Both happen before the
 * command builds, installs, starts a browser or writes a file, so asking a
 * command what it does never changes the work tree.
 *
 * Options are declared as node's `util.parseArgs` wants them, with a `help`
 * line each (and for a string option, `value`: what to write after it); the
 * usage printed is the command's text, those lines, then examples.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/**
 * @param {string[]} argv the command's arguments (process.argv.slice(2))
 * @param {{
 *   usage: string,
 *   options?: Record<string, { type: 'string' | 'boolean', help: string, value?: string, short?: string }>,
 *   positionals?: { name: string, help: string, oneOf?: readonly string[], max?: number },
 *   examples?: readonly string[],
 * }} command
 * @returns {{ values: Record<string, string | boolean | undefined>, positionals: string[], args: string[] }}
 *   `args` is the command line again in one spelling (`--page x`, never `--page=x`),
 *   for TypeScript that reads its own options from a list.
 */
export function readCommandLine(argv, { usage, options = {}, positionals, examples = [] }) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        ...Object.fromEntries(Object.entries(options).map(([name, o]) => [name, { type: o.type, ...(o.short ? { short: o.short } : {}) }])),
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: positionals !== undefined,
      strict: true,
      tokens: true,
    });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (parsed.values.help) {
    console.log(usageText(usage, options, positionals, examples));
    process.exit(0);
  }
  if (parsed.positionals.length > (positionals?.max ?? Infinity)) {
    fail(`at most ${positionals.max} ${positionals.name}, not ${parsed.positionals.join(' ')}`);
  }
  const wrong = positionals?.oneOf ? parsed.positionals.filter((p) => !positionals.oneOf.includes(p)) : [];
  if (wrong.length > 0) fail(`${positionals.name} is one of ${positionals.oneOf.join(', ')}, not ${wrong.join(', ')}`);
  const { help: _help, ...values } = parsed.values;
  const args = parsed.tokens.flatMap((t) =>
    t.kind === 'positional' ? [t.value] : t.kind === 'option' ? [`--${t.name}`, ...(t.value === undefined ? [] : [t.value])] : [],
  );
  return { values, positionals: parsed.positionals, args };
}

/** Ends the command, changing nothing, with one line on what was wrong and where help is. */
function fail(message) {
  console.error(`✗ ${message}\n  Run with --help to see what this command takes.`);
  process.exit(2);
}

function usageText(usage, options, positionals, examples) {
  const optionRows = [
    ...Object.entries(options).map(([name, o]) => [
      `${o.short ? `-${o.short}, ` : ''}--${name}${o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''}`,
      o.help,
    ]),
    ['-h, --help', 'print this and change nothing'],
  ];
  const argumentRows = positionals ? [[positionals.name, positionals.help]] : [];
  const width = Math.max(...[...argumentRows, ...optionRows].map(([left]) => left.length));
  const table = (rows) => rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
  const lines = [`Usage: ${usage.trim()}`];
  if (argumentRows.length > 0) lines.push('', 'Arguments:', ...table(argumentRows));
  lines.push('', 'Options:', ...table(optionRows));
  if (examples.length > 0) lines.push('', 'Examples:', ...examples.map((e) => `  ${e}`));
  return lines.join('\n');
}

/**
 * For a file of scripts/ that other scripts import: when node runs it on its
 * own, it answers --help with what it is for and otherwise stops (exit 2),
 * doing nothing either way.
 * @param {string} moduleUrl the module's import.meta.url
 * @param {string} purpose what the module is for, and what to run instead
 */
export function refuseToRunAlone(moduleUrl, purpose) {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  const name = `scripts/${moduleUrl.slice(moduleUrl.lastIndexOf('/') + 1)}`;
  readCommandLine(process.argv.slice(2), { usage: `(none: ${name} is a module, not a command)\n\n${purpose}` });
  fail(`${name} is a module, not a command`);
}

refuseToRunAlone(
  import.meta.url,
  `How every command in scripts/ reads its arguments: --help prints its usage and
changes nothing; an unknown option ends it with exit code 2, changing nothing.`,
);
