#!/usr/bin/env node
// Validates a Teams app folder: manifest.json against the v1.29 schema, every localization file
// it names against the localization schema, the icon files exist, and no {{PLACEHOLDER}} is left.
//   node tools/validate-manifest.mjs <folder>     exit 0 = valid, 1 = invalid (errors on stderr)
// The schemas are the local copies in manifest/schemas: a $schema URL cannot be fetched here.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const schemaDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'manifest', 'schemas');

// The files declare draft-04 but use draft-06/07 keywords (const, if/then) and no draft-04-only
// form (boolean exclusiveMaximum, "id"), so the default Ajv class (draft-07) validates them
// correctly. Ajv 8 has no draft-04 meta-schema, hence the declaration is dropped before compiling.
function loadSchema(file) {
  const schema = JSON.parse(readFileSync(join(schemaDir, file), 'utf8'));
  delete schema.$schema;
  return schema;
}

function compileValidators() {
  // unicodeRegExp off: the localization schema's patterns have a bare "]" that only non-unicode
  // regular expressions accept. strictTypes/strictRequired only police how a schema is written
  // (e.g. additionalProperties without "type": "object"); unknown keywords stay errors.
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false, unicodeRegExp: false });
  addFormats(ajv);
  return {
    manifest: ajv.compile(loadSchema('MicrosoftTeams.schema.json')),
    localization: ajv.compile(loadSchema('MicrosoftTeams.Localization.schema.json')),
  };
}

function describe(file, errors) {
  return errors.map(e => `${file}: ${e.instancePath || '/'} ${e.message}${e.params ? ' ' + JSON.stringify(e.params) : ''}`);
}

function readJson(path, problems) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push(`${path}: ${error.message}`);
    return undefined;
  }
}

/** Returns a list of problems; empty means the folder is a valid Teams app. */
export function validateAppFolder(folder) {
  const validators = compileValidators();
  const problems = [];
  const manifestPath = join(folder, 'manifest.json');
  const manifest = readJson(manifestPath, problems);
  if (manifest === undefined) return problems;
  if (!validators.manifest(manifest)) problems.push(...describe('manifest.json', validators.manifest.errors));

  const referenced = [manifest.icons?.color, manifest.icons?.outline,
    ...(manifest.localizationInfo?.additionalLanguages ?? []).map(l => l.file)].filter(Boolean);
  for (const file of referenced) {
    if (!existsSync(join(folder, file))) problems.push(`manifest.json names ${file}, which is missing`);
  }

  for (const { file } of manifest.localizationInfo?.additionalLanguages ?? []) {
    const localization = existsSync(join(folder, file)) ? readJson(join(folder, file), problems) : undefined;
    if (localization !== undefined && !validators.localization(localization)) {
      problems.push(...describe(file, validators.localization.errors));
    }
  }

  for (const file of ['manifest.json', ...referenced.filter(f => f.endsWith('.json'))]) {
    const path = join(folder, file);
    const left = existsSync(path) ? readFileSync(path, 'utf8').match(/\{\{[A-Z_]+\}\}/g) : null;
    if (left) problems.push(`${file}: unfilled placeholders ${[...new Set(left)].join(', ')}`);
  }
  return problems;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const folder = process.argv[2];
  if (!folder) {
    console.error('usage: node tools/validate-manifest.mjs <folder with manifest.json>');
    process.exit(2);
  }
  const problems = validateAppFolder(resolve(folder));
  for (const problem of problems) console.error(problem);
  if (problems.length === 0) console.log(`${folder}: valid Teams app (manifest v1.29 schema and localization schema)`);
  process.exit(problems.length === 0 ? 0 : 1);
}
