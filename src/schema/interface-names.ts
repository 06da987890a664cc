/**
 * The grammar of Junos interface names, for the `interface-name` and `interface-unit-name` value
 * types.
 *
 * Owns which device names the twin accepts: management and internal devices (`fxp0`, `em0`,
 * `me0`, `lo0`, `ae3`, `irb`), Junos OS Evolved management ports (`re0:mgmt-0`), and line-card
 * ports written `type-fpc/pic/port`, optionally channelised (`xe-0/0/1:2`). It does not know
 * which interfaces a chassis has; that is the kernel's business.
 *
 * Messages: `invalid interface type in 'x'` and `invalid trailing input 'y' in 'x'` follow the
 * fake-switches Juniper emulation; `invalid unit number in 'x'` is our choice.
 */

/** Devices named by a word and a number: `fxp0`, `ae12`. */
const NUMBERED = ['fxp', 'em', 'me', 'lo', 'ae', 'reth', 'pp', 'demux', 'cbp', 'pip', 'fti', 'st', 'vme'];

/** Devices named by a word alone: `irb`, `vlan`. */
const BARE = ['irb', 'vlan', 'vme', 'dsc', 'lsi', 'gre', 'ipip', 'tap', 'mtun', 'pimd', 'pime', 'esi', 'vtep', 'jsrv'];

/** Line-card port types, written `type-fpc/pic/port`. */
const SLOTTED = [
  'ge', 'xe', 'et', 'fe', 'mge', 'so', 'at', 't1', 'e1', 'gr', 'lt', 'ip', 'vt', 'sp', 'ms', 'si', 'pe', 'pd', 'ut',
  'lc', 'pfe', 'pfh', 'lsq', 'ams', 'cp', 'fc',
];

const DIGITS = /^(?:0|[1-9]\d{0,4})$/;

/**
 * Every valid device name in one expression: names are checked for every interface of a large
 * configuration, and one test is much cheaper than the step-by-step check below, which runs only
 * to explain what is wrong with a name this refuses.
 */
const NUMBER = '(?:0|[1-9]\\d{0,4})';
const VALID_NAME = new RegExp(
  `^(?:(?:${SLOTTED.join('|')})-${NUMBER}/${NUMBER}/${NUMBER}(?::${NUMBER})?|(?:${NUMBERED.join('|')})${NUMBER}|${BARE.join('|')}|re[01]:mgmt-\\d+)$`,
);

/** Largest logical unit number Junos accepts. */
const MAX_UNIT = 1073741823;

function invalidType(text: string): string {
  return `invalid interface type in '${text}'`;
}

/** Checks a slotted port's numbering: `0/0/0`, `1/2/3:4`. */
function checkSlots(numbering: string, text: string): string | undefined {
  const match = /^(\d+)\/(\d+)\/(\d+)(?::(\d+))?/.exec(numbering);
  if (match === null) return invalidType(text);
  const [whole, ...numbers] = match;
  if (numbers.some((n) => n !== undefined && !DIGITS.test(n))) return invalidType(text);
  const rest = numbering.slice(whole.length);
  if (rest !== '') return `invalid trailing input '${rest}' in '${text}'`;
  return undefined;
}

/** Checks a physical (device) interface name; undefined when valid, else Junos's complaint. */
export function checkInterfaceName(text: string): string | undefined {
  if (VALID_NAME.test(text)) return undefined;
  if (BARE.includes(text)) return undefined;
  if (/^re[01]:mgmt-\d+$/.test(text)) return undefined;
  const numbered = /^([a-z]+)(\d+)(.*)$/.exec(text);
  if (numbered !== null && NUMBERED.includes(numbered[1] ?? '')) {
    const [, , number = '', rest = ''] = numbered;
    if (!DIGITS.test(number)) return invalidType(text);
    return rest === '' ? undefined : `invalid trailing input '${rest}' in '${text}'`;
  }
  const dash = text.indexOf('-');
  if (dash > 0 && SLOTTED.includes(text.slice(0, dash))) return checkSlots(text.slice(dash + 1), text);
  return invalidType(text);
}

export function isInterfaceName(text: string): boolean {
  return checkInterfaceName(text) === undefined;
}

/**
 * Checks an interface with its logical unit (`ge-0/0/0.100`, `re0:mgmt-0.0`). A device without a
 * unit is accepted too: Junos reads it as unit 0.
 */
export function checkInterfaceUnit(text: string): string | undefined {
  const dot = text.lastIndexOf('.');
  if (dot < 0) return checkInterfaceName(text);
  const deviceIssue = checkInterfaceName(text.slice(0, dot));
  if (deviceIssue !== undefined) return deviceIssue;
  const unit = text.slice(dot + 1);
  if (!/^(?:0|[1-9]\d{0,9})$/.test(unit) || Number(unit) > MAX_UNIT) return `invalid unit number in '${text}'`;
  return undefined;
}
