#!/usr/bin/env node
// Builds the Teams app package: fills the placeholders, validates, writes the zip.
//   node manifest/package.mjs --app-id <guid> --domain <host> [--version 1.0.0]
//                             [--teams-app-id <guid>] [--out <file.zip>]
// Without arguments the values come from the environment: BOT_APP_ID (or Teams__AppId, the
// setting the bot itself reads) and BOT_DOMAIN; APP_VERSION and TEAMS_APP_ID are optional.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createZip } from './scripts/zip.mjs';
import { validateAppFolder } from '../tools/validate-manifest.mjs';

const here = dirname(fileURLToPath(import.meta.url));
// The Teams app's own id stays the same across releases so an upload replaces the previous version.
const DEFAULT_TEAMS_APP_ID = '09a5e6f9-1978-4ece-8bd1-3524c530020c';
export const PACKAGE_FILES = ['manifest.json', 'color.png', 'outline.png', 'kk.json', 'ru.json'];
const TEMPLATES = new Set(['manifest.json', 'kk.json', 'ru.json']);
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const SEMVER = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/;

function fail(message) {
  console.error(message);
  process.exit(1);
}

function readValues() {
  const { values } = parseArgs({
    options: {
      'app-id': { type: 'string' }, domain: { type: 'string' }, version: { type: 'string' },
      'teams-app-id': { type: 'string' }, out: { type: 'string' },
    },
  });
  const env = process.env;
  const appId = values['app-id'] ?? env.BOT_APP_ID ?? env.Teams__AppId;
  // Accept a URL as well as a bare host: people paste https://host/ from the portal.
  const domain = (values.domain ?? env.BOT_DOMAIN ?? '').trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, '');
  const version = values.version ?? env.APP_VERSION ?? '1.0.0';
  const teamsAppId = values['teams-app-id'] ?? env.TEAMS_APP_ID ?? DEFAULT_TEAMS_APP_ID;
  if (!appId || !GUID.test(appId)) fail('The bot app id is missing or not a GUID: pass --app-id or set BOT_APP_ID.');
  if (!HOST.test(domain)) fail('The bot domain is missing or not a host name: pass --domain (e.g. compliancebot.example.kz) or set BOT_DOMAIN.');
  if (!SEMVER.test(version)) fail('--version must be major.minor.patch, e.g. 1.0.0.');
  if (!GUID.test(teamsAppId)) fail('--teams-app-id must be a GUID.');
  return {
    placeholders: { BOT_APP_ID: appId.toLowerCase(), BOT_DOMAIN: domain, APP_VERSION: version, TEAMS_APP_ID: teamsAppId.toLowerCase() },
    out: resolve(values.out ?? join(here, 'build', 'compliancebot-teams-app.zip')),
  };
}

function fill(text, placeholders) {
  return text.replace(/\{\{([A-Z_]+)\}\}/g, (match, name) => placeholders[name] ?? match);
}

const { placeholders, out } = readValues();
const staging = mkdtempSync(join(tmpdir(), 'compliancebot-app-'));
try {
  const entries = PACKAGE_FILES.map(name => {
    const source = readFileSync(join(here, name));
    const data = TEMPLATES.has(name) ? Buffer.from(fill(source.toString('utf8'), placeholders), 'utf8') : source;
    writeFileSync(join(staging, name), data);
    return { name, data };
  });
  const problems = validateAppFolder(staging);
  if (problems.length > 0) fail(['The app package is not valid:', ...problems].join('\n'));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, createZip(entries));
  console.log(`wrote ${out} (${PACKAGE_FILES.join(', ')}) for bot ${placeholders.BOT_APP_ID} at ${placeholders.BOT_DOMAIN}`);
} finally {
  rmSync(staging, { recursive: true, force: true });
}
