/**
 * `get-software-information` — `show version [invoke-on all-routing-engines |
 * other-routing-engine]`: the host name, model and Junos release of the RE, and its packages.
 *
 * Text: `Hostname: r1-re0`, `Model: mx960`, `Junos: 17.3R1.10` (the lines Ansible and netmiko
 * parse, clients.md §6, §9.4), on Junos OS Evolved `Yocto:` and `Linux Kernel:` [U], then one
 * line per package. XML (PyEZ `sw_info_dual_command.xml`): `<software-information>` without a
 * namespace of its own: host-name, product-model, product-name, junos-version, on EVO
 * yocto-version and kernel-version [U], then package-information (name, comment).
 * With `invoke-on`, the registry gathers one answer per RE (`invoke-on.ts`). An RE without a
 * configured host name prints no `Hostname:` line (and no `<host-name>`) [U].
 */
import type { InstalledSoftware } from '../../router/models/chassis-model.js';
import { defineRpc } from '../rpc-definition.js';
import { element, leaf, optionalLeaf } from '../rpc-element.js';

export interface SoftwareInformation {
  readonly hostName?: string;
  /** `mx960`. */
  readonly productModel: string;
  readonly software: InstalledSoftware;
}

export const getSoftwareInformation = defineRpc<SoftwareInformation>({
  name: 'get-software-information',
  commands: [{ words: ['show', 'version'], help: 'Show software process revision levels' }],
  arguments: [
    { kind: 'flag', name: 'brief', help: 'Display brief output' },
    { kind: 'flag', name: 'detail', help: 'Display detailed output' },
  ],
  invokeOn: true,
  run: (view) => {
    const hostName = view.hostName();
    return {
      ok: true,
      data: { ...(hostName !== undefined ? { hostName } : {}), productModel: view.model().productModel, software: view.software() },
    };
  },
  element: (data) =>
    element('software-information', [
      optionalLeaf('host-name', data.hostName),
      leaf('product-model', data.productModel),
      leaf('product-name', data.productModel),
      leaf('junos-version', data.software.junosVersion),
      optionalLeaf('yocto-version', data.software.yoctoVersion),
      optionalLeaf('kernel-version', data.software.kernelVersion),
      ...data.software.packages.map((pkg) => element('package-information', [leaf('name', pkg.name), leaf('comment', pkg.comment)])),
    ]),
  text: (data) => {
    const lines = [
      ...(data.hostName !== undefined ? [`Hostname: ${data.hostName}`] : []),
      `Model: ${data.productModel}`,
      `Junos: ${data.software.junosVersion}`,
      ...(data.software.yoctoVersion !== undefined ? [`Yocto: ${data.software.yoctoVersion}`] : []),
      ...(data.software.kernelVersion !== undefined ? [`Linux Kernel: ${data.software.kernelVersion}`] : []),
      ...data.software.packages.map((pkg) => pkg.comment),
    ];
    return `${lines.join('\n')}\n`;
  },
});
