/**
 * `retwin config check|show`, run as a user runs it: the built executable in a child process,
 * with files and standard input.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { fixture } from './support/fixtures.js';

const main = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'main.js');
const scratch = mkdtempSync(join(tmpdir(), 'retwin-cli-'));

function retwin(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [main, ...args], { input, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

const reference = file('r1.conf', fixture('procedure-reference.conf'));

test('check accepts the reference configuration as both Routing Engines see it', () => {
  const result = retwin(['config', 'check', reference]);
  assert.equal(result.stderr, '');
  assert.equal(result.stdout, 'configuration check succeeds\n');
  assert.equal(result.status, 0);
});

test('check reports every syntax error with file, line and column, and exits 1', () => {
  const bad = file('bad.conf', 'system {\n    host-name r1;\n    bogus-statement;\n    login {\n        user lab {\n            uid 99;\n        }\n    }\n}\n');
  const result = retwin(['config', 'check', bad]);
  assert.equal(result.status, 1);
  assert.equal(result.stdout, '');
  assert.equal(
    result.stderr,
    `${bad}:3:(5) syntax error: bogus-statement\n[edit system]\n  'bogus-statement'\n    syntax error\n` +
      `${bad}:6:(17) Value 99 is not within range (100..64000)\n[edit system login user lab]\n  'uid 99'\n    Value 99 is not within range (100..64000)\n` +
      `error: 2 errors in ${bad}; correct them and run again\n`,
  );
});

test('check refuses two masters, and shows an RE-specific warning under that RE', () => {
  const set = file(
    'two-masters.set',
    [
      'set chassis redundancy routing-engine 0 master',
      'set chassis redundancy routing-engine 1 master',
      'set groups re1 system backup-router 10.255.1.1 destination 10.0.0.0/8',
      'set groups re1 interfaces fxp0 unit 0 family inet address 10.255.0.12/24',
      'set apply-groups re1',
    ].join('\n'),
  );
  const result = retwin(['config', 'check', set]);
  assert.equal(result.status, 1);
  assert.equal(
    result.stderr,
    "[edit chassis redundancy]\n  'routing-engine 1'\n    Both Routing Engines cannot be configured as master\n" +
      "re1:\n[edit system]\n  'backup-router 10.255.1.1'\n    warning: backup-router 10.255.1.1 is not on a subnet of fxp0.0; backup route not installed\n" +
      'error: configuration check-out failed\n',
  );
});

test('check with --re checks only that RE, and a warning alone does not fail', () => {
  const set = file('warn.set', 'set groups re1 system backup-router 10.255.1.1\nset apply-groups re1\n');
  assert.equal(retwin(['config', 'check', set, '--re', 're0']).stderr, '');
  const re1 = retwin(['config', 'check', set, '--re', 're1']);
  assert.equal(re1.status, 0);
  assert.match(re1.stderr, /warning: backup-router 10\.255\.1\.1 is not on a subnet of fxp0\.0/);
  assert.equal(re1.stdout, 'configuration check succeeds\n');
});

test('show reads standard input and prints each format', () => {
  const input = 'set system host-name r1\nset system services netconf ssh\nset interfaces fxp0 unit 0 family inet address 10.0.0.1/24\n';
  assert.equal(
    retwin(['config', 'show', '-'], input).stdout,
    'system {\n    host-name r1;\n    services {\n        netconf {\n            ssh;\n        }\n    }\n}\ninterfaces {\n    fxp0 {\n        unit 0 {\n            family inet {\n                address 10.0.0.1/24;\n            }\n        }\n    }\n}\n',
  );
  assert.equal(retwin(['config', 'show', '-', '--format', 'set'], input).stdout, input);
  const xml = retwin(['config', 'show', '-', '--format', 'xml'], input).stdout;
  assert.match(xml, /<configuration xmlns:junos="http:\/\/xml\.juniper\.net\/junos\/17\.3R1\/junos">/);
  assert.match(xml, /<interface>\n\s+<name>fxp0<\/name>/);
  const json = JSON.parse(retwin(['config', 'show', '-', '--format', 'json'], input).stdout) as {
    configuration: { system: { 'host-name': string } };
  };
  assert.equal(json.configuration.system['host-name'], 'r1');
});

test('show --re applies that RE group and drops the groups', () => {
  const result = retwin(['config', 'show', reference, '--re', 're1', '--format', 'set']);
  assert.equal(result.status, 0);
  assert.match(result.stdout, /^set system host-name r1-re1$/m);
  assert.match(result.stdout, /^set interfaces fxp0 unit 0 family inet address 10\.255\.0\.12\/24$/m);
  assert.doesNotMatch(result.stdout, /groups|apply-groups|r1-re0|10\.255\.0\.11/);
});

test('show --inheritance marks inherited statements', () => {
  const result = retwin(['config', 'show', reference, '--inheritance']);
  assert.ok(result.stdout.includes("    ##\n    ## 'r1-re0' was inherited from group 're0'\n    ##\n    host-name r1-re0;\n"));
});

test('usage errors exit 2 with a hint; --help lists every command and option', () => {
  const unknown = retwin(['config', 'show', reference, '--format', 'yaml']);
  assert.equal(unknown.status, 2);
  assert.equal(unknown.stderr, "retwin: --format must be one of text, set, xml, json (got 'yaml')\nRun 'retwin --help' for usage.\n");
  assert.equal(retwin(['config', 'check', join(scratch, 'missing.conf')]).status, 2);
  assert.equal(retwin(['frobnicate']).status, 2);
  const help = retwin(['--help']);
  assert.equal(help.status, 0);
  for (const word of ['config check', 'config show']) assert.ok(help.stdout.includes(word), word);
  const configHelp = retwin(['config', '--help']).stdout;
  for (const word of ['--format', '--re', '--inheritance', '--input-format', 'Exit status']) assert.ok(configHelp.includes(word), word);
});
