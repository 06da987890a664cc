/**
 * `[edit system syslog]`: where system log messages go (users, remote hosts, files) and which
 * facilities at which severity. A `contents` entry is written bare on one line:
 * `file messages { any notice; authorization info; }`.
 *
 * Names, order and ranges follow Junos (YANG module junos-conf-system); help texts are ours.
 */
import { choiceOfFlags, container, enumeration, flag, integer, IP_ADDRESS, leaf, list, pattern, presence, STRING } from './define.js';
import type { StatementDef, ValueType } from './types.js';

/** Facilities in Junos's order. */
export const SYSLOG_FACILITIES: readonly string[] = [
  'any', 'authorization', 'daemon', 'ftp', 'ntp', 'security', 'kernel', 'user', 'dfc', 'external', 'firewall', 'pfe',
  'conflict-log', 'change-log', 'interactive-commands',
];

/** Severity levels, most to least severe, as one choice of flags. */
const levels: readonly (readonly [string, string])[] = [
  ['any', 'Every severity'],
  ['emergency', 'Only emergencies (system unusable)'],
  ['alert', 'Alerts (act at once) and worse'],
  ['critical', 'Critical conditions and worse'],
  ['error', 'Errors and worse'],
  ['warning', 'Warnings and worse'],
  ['notice', 'Notable normal events and worse'],
  ['info', 'Everything except debugging'],
  ['none', 'Nothing from this facility'],
];

const contents = (): StatementDef =>
  list('contents', 'Facility to log, and from which severity', enumeration(...SYSLOG_FACILITIES), choiceOfFlags('level', levels), {
    nokeyword: true,
    oneliner: 'always',
  });

const matchStatements = (): StatementDef[] => [
  leaf('match', 'Log only lines matching this regular expression', STRING),
  flag('allow-duplicates', 'Keep repeated messages instead of summarising them'),
];

const worldReadable = (): StatementDef[] =>
  choiceOfFlags('world-readable-choice', [
    ['world-readable', 'Every user may read the archived files'],
    ['no-world-readable', 'Only privileged users may read the archived files'],
  ]);

const archive = (): StatementDef =>
  presence('archive', 'How log files are rotated', [
    leaf('size', 'Size at which a file is rotated (bytes, or with k, m or g)', pattern('^[0-9]+[kmgKMG]?$', 'Must be a number of bytes, optionally followed by k, m or g'), {
      units: 'bytes',
    }),
    leaf('files', 'Number of rotated files kept', integer(1, 1000)),
    ...worldReadable(),
  ], { oneliner: 'always' });

const USER_NAME: ValueType = pattern('^(?:[A-Za-z0-9_-]+|\\*)$', 'Must be a string of alphanumericals, dashes or underscores');
const FILE_NAME: ValueType = {
  type: 'string',
  pattern: '^[^/ %]*$',
  patternMessage: "Must not contain '/', % or a space",
  minLength: 1,
  maxLength: 1024,
};

export const syslog: StatementDef = container('syslog', 'System logging', [
  archive(),
  list('user', 'Send messages to the terminals of a user (* for all users)', USER_NAME, [contents(), ...matchStatements()]),
  list('host', 'Send messages to a remote syslog server', STRING, [
    contents(),
    ...matchStatements(),
    leaf('port', 'UDP port of the remote server', integer(0, 65535)),
    leaf(
      'facility-override',
      'Facility to report instead of the original one',
      enumeration('authorization', 'daemon', 'ftp', 'kernel', 'user', 'local0', 'local1', 'local2', 'local3', 'local4', 'local5', 'local6', 'local7'),
    ),
    leaf('log-prefix', 'Text put in front of every message', pattern('^[^ =:]*$', "Should not contain '=' or ':'")),
    leaf('source-address', 'Source address of the messages sent', IP_ADDRESS),
    flag('explicit-priority', 'Include the priority in each message'),
    flag('exclude-hostname', 'Leave the host name out of each message'),
  ]),
  list('file', 'Write messages to a file in /var/log', FILE_NAME, [contents(), ...matchStatements(), archive(), flag('explicit-priority', 'Include the priority in each message')]),
  presence('time-format', 'Extra precision in message time stamps', [
    flag('year', 'Add the year'),
    flag('millisecond', 'Add milliseconds'),
  ]),
  leaf('source-address', 'Source address for messages sent to remote servers', IP_ADDRESS),
]);
