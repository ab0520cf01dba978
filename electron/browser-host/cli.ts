/**
 * `npm run start:web`: serves the built app with the real handlers on 127.0.0.1 and prints the
 * address to open in a browser. Data stays in the browser's IndexedDB for that address; files the
 * handlers write go to the data folder below.
 */
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { startBrowserHost } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5780' },
    'data-dir': { type: 'string', default: path.join(os.homedir(), '.relance-web') },
    renderer: { type: 'string', default: 'out/renderer' },
  },
});

const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const host = await startBrowserHost({
  rendererDir: values.renderer!,
  dataDir: values['data-dir']!,
  port: Number(values.port),
  version,
  log: console,
});

console.log(`\nRelance (browser host, development only) is running.`);
console.log(`Open: ${host.url}`);
console.log(`Files written by the app go to ${host.paths.userData}`);
console.log(
  `File dialogs have no window here: answer the next one with\n  curl -X POST -H 'x-relance-token: ${host.token}' -d '{"open":"/path/to/file"}' ${host.origin}/__host/dialogs`,
);
console.log('Press Ctrl+C to stop.\n');

const stop = () => void host.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
