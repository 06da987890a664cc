#!/usr/bin/env node
/**
 * The `retwin` executable: dispatches to the subcommands of `src/cli/`. The composition root:
 * the only place that reads process.argv and decides the exit status.
 */
import { runCommand } from './cli/run-command.js';
import { processOutput } from './cli/io.js';

process.exitCode = await runCommand(process.argv.slice(2), processOutput);
