import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ChassisModel, FruTemplate } from './chassis-model.js';
import { buildInventory, chassisSerial, findFru, routingEngineSerial, type InventoryItem } from './inventory.js';
import { CHASSIS_MODELS, DEFAULT_MODEL, findModel } from './models.js';
import { MX960 } from './mx960.js';
import { PTX10008 } from './ptx10008.js';
import { deriveSerial, isSerialPattern } from './serial-number.js';
import { simulatedStats } from './simulated-stats.js';

function names(items: readonly InventoryItem[]): string[] {
  return items.flatMap((item) => [item.name, ...names(item.children).map((child) => `${item.name}/${child}`)]);
}

function serials(items: readonly InventoryItem[], prefix = ''): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const item of items) {
    const path = prefix === '' ? item.name : `${prefix}/${item.name}`;
    out[path] = item.serialNumber;
    Object.assign(out, serials(item.children, path));
  }
  return out;
}

/** True when `serial` is one that `pattern` can produce. */
function fits(serial: string, pattern: string): boolean {
  const classes: Record<string, string> = { '#': '[0-9]', '@': '[A-Z]', '%': '[0-9A-F]', '*': '[0-9A-Z]' };
  const regex = [...pattern].map((c) => classes[c] ?? c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('');
  return new RegExp(`^${regex}$`).test(serial);
}

function templates(frus: readonly FruTemplate[], prefix = ''): [string, FruTemplate][] {
  return frus.flatMap((fru) => {
    const path = prefix === '' ? fru.name : `${prefix}/${fru.name}`;
    return [[path, fru] as [string, FruTemplate], ...templates(fru.children ?? [], path)];
  });
}

test('the default model is an MX960 with fxp0 on both REs', () => {
  assert.equal(DEFAULT_MODEL.name, 'MX960');
  assert.equal(DEFAULT_MODEL.managementInterface('re0'), 'fxp0');
  assert.equal(DEFAULT_MODEL.managementInterface('re1'), 'fxp0');
  assert.equal(DEFAULT_MODEL.routingEngine.model, 'RE-S-1800x4');
});

test('the PTX10008 runs Junos OS Evolved with re0:mgmt-0 and re1:mgmt-0 and GRES always on', () => {
  assert.equal(PTX10008.os, 'junos-evolved');
  assert.equal(PTX10008.managementInterface('re0'), 're0:mgmt-0');
  assert.equal(PTX10008.managementInterface('re1'), 're1:mgmt-0');
  assert.equal(PTX10008.gresAlwaysOn, true);
  assert.equal(PTX10008.onDiskFailureConfigurable, false);
  assert.ok(CHASSIS_MODELS.filter((m) => m !== PTX10008).every((m) => !m.gresAlwaysOn && m.os === 'junos'));
});

test('models are found by name in any case, and an unknown name is an error listing the known ones', () => {
  const found = findModel('mx480');
  assert.ok(found.ok && found.model.name === 'MX480');
  const missing = findModel('MX2020');
  assert.ok(!missing.ok);
  assert.match(missing.message, /unknown model 'MX2020' \(known models: MX960, MX480, MX240, PTX10008\)/);
});

test('the same router name always gives the same serial numbers', () => {
  for (const model of CHASSIS_MODELS) {
    assert.deepEqual(buildInventory(model, 'r1'), buildInventory(model, 'r1'), model.name);
  }
});

test('two router names give different serial numbers', () => {
  const a = serials(buildInventory(MX960, 'r1').modules);
  const b = serials(buildInventory(MX960, 'r2').modules);
  assert.notEqual(chassisSerial(MX960, 'r1'), chassisSerial(MX960, 'r2'));
  assert.notEqual(a['Routing Engine 0'], b['Routing Engine 0']);
  assert.notEqual(a['Routing Engine 0'], a['Routing Engine 1']);
});

test('every derived serial has the shape of its FRU pattern, and literals stay literal', () => {
  for (const model of CHASSIS_MODELS) {
    assert.ok(fits(chassisSerial(model, 'lab-7'), model.chassisSerial), model.name);
    const derived = serials(buildInventory(model, 'lab-7').modules);
    for (const [path, fru] of templates(model.frus)) {
      if (fru.serial === undefined) {
        assert.equal(derived[path], undefined);
        continue;
      }
      assert.ok(fits(derived[path] as string, fru.serial), `${model.name} ${path}: ${derived[path]} vs ${fru.serial}`);
    }
  }
  assert.equal(deriveSerial('r1', 'x', 'BUILTIN'), 'BUILTIN');
  assert.equal(isSerialPattern('BUILTIN'), false);
});

test('the procedure lab serials fit the MX960 patterns of their FRUs', () => {
  const lab: Record<string, string> = {
    'Fan Extender': 'DX8716',
    'FPM Board': 'CADH4127',
    Midplane: 'ACRE3931',
    PDM: 'QCS1309509E',
    'PEM 0': 'QCS1602N0E7',
    'Routing Engine 0': '9013071946',
    'Routing Engine 1': '9013114402',
    'CB 0': 'CAFP5207',
    'FPC 0': 'CADT2764',
    'FPC 0/PIC 0/Xcvr 0': 'AQB1T2M',
    'FPC 1': 'ZG7442',
    'FPC 1/MIC 0': 'ZF5219',
    'FPC 1/MIC 0/PIC 0/Xcvr 0': 'PHB3Q7L',
    'Fan Tray 0': 'ACDB7731',
  };
  assert.ok(fits('JN11F4A7CAFA', MX960.chassisSerial));
  for (const [path, serial] of Object.entries(lab)) {
    const fru = findFru(MX960, path);
    assert.ok(fru?.serial !== undefined && fits(serial, fru.serial), `${path}: ${serial}`);
  }
});

test('a pulled-out RE disappears from the inventory; nothing else changes', () => {
  const both = buildInventory(MX960, 'r1');
  const one = buildInventory(MX960, 'r1', { routingEngines: ['re0'] });
  assert.deepEqual(
    names(one.modules),
    names(both.modules).filter((name) => name !== 'Routing Engine 1'),
  );
  assert.equal(one.serialNumber, both.serialNumber);
});

test('the MX960 inventory lists the FRUs of the procedure in its order', () => {
  assert.deepEqual(
    buildInventory(MX960, 'r1').modules.map((m) => m.name),
    ['Midplane', 'Fan Extender', 'FPM Board', 'PDM', 'PEM 0', 'PEM 1', 'PEM 2', 'PEM 3', 'Routing Engine 0', 'Routing Engine 1', 'CB 0', 'CB 1', 'CB 2', 'FPC 0', 'FPC 1', 'Fan Tray 0', 'Fan Tray 1'],
  );
});

test('an RE reports the serial of its own inventory line on MX and of its RCB on PTX10008', () => {
  const mx = serials(buildInventory(MX960, 'r1').modules);
  assert.equal(routingEngineSerial(MX960, 'r1', 're1'), mx['Routing Engine 1']);
  const ptx = serials(buildInventory(PTX10008, 'p1').modules);
  assert.equal(ptx['Routing Engine 0'], 'BUILTIN');
  assert.equal(routingEngineSerial(PTX10008, 'p1', 're0'), ptx['CB 0']);
  assert.equal(routingEngineSerial(PTX10008, 'p1', 're1'), ptx['CB 1']);
});

test('every model has two REs, control boards, line cards and fans', () => {
  const expect = (model: ChassisModel, pattern: RegExp) =>
    assert.ok(model.frus.some((fru) => pattern.test(fru.name)), `${model.name} has ${pattern}`);
  for (const model of CHASSIS_MODELS) {
    for (const pattern of [/^Routing Engine 0$/, /^Routing Engine 1$/, /^CB 0$/, /^FPC \d$/, /^Fan Tray/, /^(PEM|PSM) 0$/]) expect(model, pattern);
  }
});

test('simulated figures are stable, depend on the slot for temperatures and on the role for load', () => {
  const master = simulatedStats(MX960, 're0', 'master');
  assert.deepEqual(master, simulatedStats(MX960, 're0', 'master'));
  assert.equal(master.temperatureC, 41);
  assert.equal(master.cpu.length, 4);
  const backup = simulatedStats(MX960, 're0', 'backup');
  assert.equal(backup.temperatureC, 41);
  assert.equal(backup.cpu.length, 1);
  assert.ok(backup.memoryUtilization < master.memoryUtilization);
  assert.equal(simulatedStats(MX960, 're1', 'backup').temperatureC, 37);
});

test('two models with the same router name have different serials', () => {
  const mx480 = serials(buildInventory(CHASSIS_MODELS[1] as ChassisModel, 'r1').modules);
  const mx240 = serials(buildInventory(CHASSIS_MODELS[2] as ChassisModel, 'r1').modules);
  assert.notEqual(mx480.Midplane, mx240.Midplane);
  assert.notEqual(mx480['Routing Engine 0'], mx240['Routing Engine 0']);
});
