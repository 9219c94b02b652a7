#!/usr/bin/env node
// Validates every Adaptive Card JSON file in a directory with Microsoft's own `adaptivecards`
// library (design.md, decision 2): each must parse for schema 1.5 with no warning or error
// and stay under Teams' 80 KB card size limit.
// Usage: node tools/validate-cards.mjs <dir>   (exit 0: all valid; 1: some invalid; 2: usage)
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
// The package's lib/ is ESM without file extensions, which Node cannot resolve; its UMD
// bundle loads fine. Parsing and validation need no DOM (only rendering does).
const AC = require('adaptivecards/dist/adaptivecards.js');

const MAX_BYTES = 80 * 1024;
const TARGET = AC.Versions.v1_5;

function problemsOf(file) {
  const problems = [];
  const bytes = readFileSync(file);
  if (bytes.length > MAX_BYTES) {
    problems.push(`${bytes.length} bytes, over the ${MAX_BYTES}-byte limit`);
  }
  let json;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    return { problems: [...problems, `not JSON: ${e.message}`], size: bytes.length };
  }
  if (json?.type !== 'AdaptiveCard') problems.push('"type" is not "AdaptiveCard"');
  const version = AC.Version.parse(json?.version, new AC.SerializationContext(TARGET));
  if (!version || !version.isValid || version.compareTo(TARGET) > 0) {
    problems.push(`"version" ${JSON.stringify(json?.version)} is missing or above ${TARGET}`);
  }
  const context = new AC.SerializationContext(TARGET);
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    problems.push(`parse: ${context.getEventAt(i).message}`);
  }
  for (const event of card.validateProperties().validationEvents) {
    problems.push(`validate: ${event.message}`);
  }
  return { problems, size: bytes.length };
}

const dir = process.argv[2];
if (!dir || !statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
  console.error('usage: node tools/validate-cards.mjs <directory of card .json files>');
  process.exit(2);
}
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
if (files.length === 0) {
  console.error(`no .json files in ${dir}`);
  process.exit(1);
}
let failed = 0;
for (const name of files) {
  const result = problemsOf(join(dir, name));
  const { problems } = result;
  if (problems.length === 0) {
    console.log(`OK ${name} ${result.size} bytes`);
  } else {
    failed++;
    for (const p of problems) console.log(`FAIL ${name}: ${p}`);
  }
}
console.log(`checked ${files.length} cards, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
