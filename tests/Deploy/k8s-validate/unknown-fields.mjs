// kubernetes-models' validators accept fields the API does not have (its schemas allow additional properties), so
// a misspelt optional field such as `readinesProbe` would pass them and be dropped by the API server in silence.
// This walks a manifest along the models' TypeScript declarations, which list every field of every type, and
// names each field that its type does not have.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const modelsRoot = path.dirname(require.resolve('kubernetes-models/package.json'));
const declarations = new Map();

// The first interface of a .d.ts: its fields with their type text, and where each imported type is declared.
function readDeclaration(file) {
  if (declarations.has(file)) return declarations.get(file);
  const text = fs.readFileSync(file, 'utf8').replace(/\/\*\*[\s\S]*?\*\//g, '');
  const imports = new Map();
  for (const [, name, from] of text.matchAll(/import \{ (\w+) \} from "([^"]+)";/g))
    imports.set(name, from.startsWith('.') ? path.resolve(path.dirname(file), `${from}.d.ts`) : require.resolve(from).replace(/\.js$/, '.d.ts'));
  const body = /export interface \w+(?: extends [\w, ]+)? \{\n([\s\S]*?)\n\}/.exec(text)?.[1];
  let fields;
  if (body !== undefined) {
    fields = new Map();
    // A field starts with a quoted name at four spaces of indentation; its type may go on over more lines (inline maps).
    let field;
    for (const line of body.split('\n')) {
      const start = /^ {4}"([^"]+)"\??: (.*)$/.exec(line);
      if (start) fields.set(field = start[1], start[2]);
      else if (field !== undefined) fields.set(field, `${fields.get(field)} ${line.trim()}`);
    }
    for (const [name, type] of fields) fields.set(name, type.replace(/\s+/g, ' ').trim().replace(/;$/, ''));
  }
  const declaration = { fields, imports };
  declarations.set(file, declaration);
  return declaration;
}

function walk(value, type, imports, at, problems) {
  if (value === null || typeof value !== 'object') return;
  const array = /^Array<(.+)>$/.exec(type);
  if (array) {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, array[1], imports, `${at}/${i}`, problems));
    return;
  }
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) {
    for (const [key, item] of Object.entries(value)) walk(item, map[1], imports, `${at}/${key}`, problems);
    return;
  }
  const file = imports.get(type);
  if (file === undefined || !fs.existsSync(file)) return; // a scalar, a union of literals, or a type alias
  const declaration = readDeclaration(file);
  if (declaration.fields === undefined) return; // an alias such as IntOrString or Quantity
  for (const [key, item] of Object.entries(value)) {
    const fieldType = declaration.fields.get(key);
    if (fieldType === undefined) problems.push(`${at || '/'} has no field '${key}' (${path.basename(file, '.d.ts')})`);
    else walk(item, fieldType, declaration.imports, `${at}/${key}`, problems);
  }
}

/** The fields of `manifest` that its kind does not have, as "path has no field 'x' (Type)". */
export function unknownFields(manifest) {
  const file = path.join(modelsRoot, manifest.apiVersion, `${manifest.kind}.d.ts`);
  if (!fs.existsSync(file)) return [];
  const problems = [];
  walk(manifest, manifest.kind, new Map([[manifest.kind, file]]), '', problems);
  return problems;
}
