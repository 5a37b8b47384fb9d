import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COMMANDS } from './commands/index.js';
import { main } from './main.js';
import { spawn } from 'node:child_process';
import { cliArgs, fixtures, lines, runCli } from './testing/run-cli.js';

test('without a command: the Dutch usage on stderr and exit 2; --help: on stdout and exit 0', async () => {
  const none = await runCli([]);
  assert.equal(none.code, 2);
  assert.equal(none.stdout, '');
  assert.match(none.stderr, /^leernetwerk — opdrachtregel .*\n\nGebruik: leernetwerk <opdracht> \[opties\]/);
  const help = await runCli(['--help']);
  assert.equal(help.code, 0);
  for (const command of COMMANDS) assert.match(help.stdout, new RegExp(`^ {2}${command.name} `, 'm'));
});

test('English when LANG starts with en, unless --lang says otherwise', async () => {
  const en = await runCli(['-h'], { env: { LANG: 'en_GB.UTF-8' } });
  assert.match(en.stdout, /^Usage: leernetwerk <command> \[options\]$/m);
  const nl = await runCli(['-h', '--lang', 'nl'], { env: { LANG: 'en_GB.UTF-8' } });
  assert.match(nl.stdout, /^Gebruik: leernetwerk <opdracht> \[opties\]$/m);
  const bad = await runCli(['gaps', '--lang', 'de']);
  assert.equal(bad.code, 2);
  assert.deepEqual(lines(bad.stderr), ['leernetwerk: --lang: kies nl of en']);
});

test('usage errors: unknown command, unknown option, option without value — exit 2 with a pointer to help', async () => {
  const cases: [string[], string, string][] = [
    [['opruimen'], "leernetwerk: onbekende opdracht 'opruimen'", 'Zie: leernetwerk --help'],
    [['gaps', '--kleur'], 'leernetwerk: onbekende optie --kleur', 'Zie: leernetwerk gaps --help'],
    [['diff', '--json=ja', 'a', 'b'], 'leernetwerk: optie --json neemt geen waarde', 'Zie: leernetwerk diff --help'],
    [['--lang', 'en', 'import', 'x.csv', '-o'], 'leernetwerk: option -o needs a value', 'See: leernetwerk import --help'],
  ];
  for (const [args, error, hint] of cases) {
    const run = await runCli(args);
    assert.equal(run.code, 2, args.join(' '));
    assert.deepEqual(lines(run.stderr), [error, hint]);
  }
});

test('every command has help in both languages', async () => {
  for (const command of COMMANDS) {
    const nl = await main([command.name, '--help'], capture());
    assert.equal(nl, 0);
    for (const lang of ['nl', 'en'] as const) {
      const out = capture();
      assert.equal(await main([command.name, '--help', '--lang', lang], out), 0);
      assert.ok(out.stdout.text.startsWith(lang === 'nl' ? `Gebruik: leernetwerk ${command.name}` : `Usage: leernetwerk ${command.name}`));
    }
  }
});

test('an unexpected error becomes one line without a stack trace, and exit 1', async () => {
  const io = capture();
  io.stdout.write = () => {
    throw new Error('schrijven mislukt\n    at somewhere (file.js:1:1)');
  };
  const code = await main(['match', 'vertrouwen', '--limit', '1'], io);
  assert.equal(code, 1);
  assert.deepEqual(lines(io.stderr.text), ['leernetwerk: interne fout: schrijven mislukt']);
});

test('a reader that stops early (| head) ends the output quietly, without a stack trace', async () => {
  const child = spawn(process.execPath, cliArgs(['import', 'aanbod-komma.csv']), { cwd: fixtures, env: { PATH: process.env.PATH ?? '', LANG: 'C' } });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  child.stdout.destroy();
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 0, stderr);
  assert.doesNotMatch(stderr, /EPIPE|\n\s+at /);
});

function capture() {
  const stream = () => ({ text: '', write(chunk: string) { this.text += chunk; return true; } });
  return { stdout: stream(), stderr: stream(), env: {} };
}
