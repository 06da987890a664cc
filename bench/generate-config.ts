/**
 * Generates a large, realistic configuration in canonical Junos text for the benchmarks:
 * re0/re1 groups, a wildcard group for interfaces, many interfaces with units and addresses,
 * and many static routes. Deterministic: the same size gives the same text.
 */

export interface GeneratedConfig {
  readonly text: string;
  readonly lines: number;
}

function ipv4(n: number): string {
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

function groupsBlock(): string[] {
  const lines = ['groups {'];
  for (const slot of [0, 1]) {
    lines.push(
      `    re${slot} {`,
      '        system {',
      `            host-name r1-re${slot};`,
      '            backup-router 10.255.0.1 destination 10.0.0.0/8;',
      '        }',
      '        interfaces {',
      '            fxp0 {',
      '                unit 0 {',
      '                    family inet {',
      `                        address 10.255.0.${11 + slot}/24;`,
      '                        address 10.255.0.10/24 {',
      '                            master-only;',
      '                        }',
      '                    }',
      '                }',
      '            }',
      '        }',
      '    }',
    );
  }
  lines.push(
    '    ge-defaults {',
    '        interfaces {',
    '            <ge-*> {',
    '                mtu 9192;',
    '                unit <*> {',
    '                    family inet6;',
    '                }',
    '            }',
    '        }',
    '    }',
    '}',
    'apply-groups [ re0 re1 ge-defaults ];',
  );
  return lines;
}

/** About `targetLines` lines of configuration (a little more, never less). */
export function generateConfig(targetLines: number): GeneratedConfig {
  const lines = ['version 17.3R1.10;', ...groupsBlock(), 'system {', '    commit {', '        synchronize;', '    }', '}'];
  const routes = Math.floor(targetLines / 8);
  const interfaceLines: string[] = ['interfaces {'];
  let n = 0;
  while (lines.length + interfaceLines.length + routes + 4 < targetLines) {
    const fpc = Math.floor(n / 40);
    const port = n % 40;
    interfaceLines.push(`    ge-${fpc}/${Math.floor(port / 10)}/${port % 10} {`, `        description "uplink ${n}";`);
    for (let unit = 0; unit < 4; unit += 1) {
      const address = ipv4(n * 4 + unit);
      interfaceLines.push(
        `        unit ${unit} {`,
        `            description "customer ${n}-${unit}";`,
        '            family inet {',
        `                address ${address}/31;`,
        '            }',
        '        }',
      );
    }
    interfaceLines.push('    }');
    n += 1;
  }
  interfaceLines.push('}');
  lines.push(...interfaceLines, 'routing-options {', '    static {');
  for (let r = 0; r < routes; r += 1) {
    const prefix = `10.${128 + (r >> 8)}.${r & 255}.0/24`;
    lines.push(r % 5 === 0 ? `        route ${prefix} {` : `        route ${prefix} next-hop ${ipv4(r * 4 + 1)};`);
    if (r % 5 === 0) lines.push(`            next-hop ${ipv4(r * 4 + 1)};`, '            retain;', '            no-readvertise;', '        }');
  }
  lines.push('    }', '}');
  return { text: `${lines.join('\n')}\n`, lines: lines.length };
}
