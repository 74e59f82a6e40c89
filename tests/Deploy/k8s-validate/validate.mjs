// Validates Kubernetes manifests offline against the Kubernetes API schemas (kubernetes-models, and unknown-fields.mjs
// for the fields a kind does not have), and prints what it read as JSON for tests/IntegrationTests/Deploy to check.
//   node validate.mjs PATH...
// A PATH that is a folder is a kustomization: its `resources` (files, and folders holding a kustomization),
// `configMapGenerator` (files, literals) and `images` are applied the way kustomize applies them, except that a
// generated ConfigMap keeps its name without kustomize's hash suffix. Any other kustomization field is reported
// as an error rather than ignored, so that nothing goes unvalidated. A PATH that is a file is a manifest.
// Prints {"inputs":[{"path","listed","objects":[{"source","manifest"}],"errors"}]}, paths relative to the working
// folder; `listed` is the files a kustomization names itself. Exits 0 whatever it found (the caller judges), 2 on
// a usage error.
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { unknownFields } from './unknown-fields.mjs';

const supportedFields = new Set(['apiVersion', 'kind', 'resources', 'configMapGenerator', 'images']);

const relative = (file) => path.relative(process.cwd(), file) || '.';

function readManifests(file, errors) {
  const objects = [];
  for (const document of parseAllDocuments(fs.readFileSync(file, 'utf8'))) {
    for (const problem of document.errors) errors.push(`${relative(file)}: YAML: ${problem.message}`);
    const manifest = document.toJS();
    if (manifest !== null && manifest !== undefined) objects.push({ source: relative(file), manifest });
  }
  return objects;
}

function buildKustomization(folder, errors) {
  const file = path.join(folder, 'kustomization.yaml');
  if (!fs.existsSync(file)) {
    errors.push(`${relative(folder)}: no kustomization.yaml`);
    return { listed: [], objects: [] };
  }
  const kustomization = readManifests(file, errors)[0]?.manifest ?? {};
  for (const field of Object.keys(kustomization))
    if (!supportedFields.has(field)) errors.push(`${relative(file)}: field '${field}' is not supported by this validator`);

  const listed = [];
  let objects = [];
  for (const entry of kustomization.resources ?? []) {
    const target = path.join(folder, entry);
    if (!fs.existsSync(target)) {
      errors.push(`${relative(file)}: resource '${entry}' does not exist`);
    } else if (fs.statSync(target).isDirectory()) {
      objects.push(...buildKustomization(target, errors).objects);
    } else {
      listed.push(entry);
      objects.push(...readManifests(target, errors));
    }
  }
  for (const generator of kustomization.configMapGenerator ?? []) {
    const data = {};
    for (const entry of generator.files ?? []) {
      const [key, name] = entry.includes('=') ? entry.split('=', 2) : [path.basename(entry), entry];
      const source = path.join(folder, name);
      if (!fs.existsSync(source)) {
        errors.push(`${relative(file)}: configMapGenerator file '${name}' does not exist`);
        continue;
      }
      listed.push(name);
      data[key] = fs.readFileSync(source, 'utf8');
    }
    for (const literal of generator.literals ?? []) {
      const at = literal.indexOf('=');
      data[literal.slice(0, at)] = literal.slice(at + 1);
    }
    objects.push({ source: relative(file), manifest: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: generator.name }, data } });
  }
  objects = objects.map(({ source, manifest }) => ({ source, manifest: applyImages(manifest, kustomization.images ?? []) }));
  return { listed, objects };
}

// kustomize's images transformer: a container image named `name` (with or without a tag) gets newName/newTag.
function applyImages(manifest, images) {
  const pod = manifest?.spec?.template?.spec ?? manifest?.spec?.jobTemplate?.spec?.template?.spec;
  for (const container of [...(pod?.containers ?? []), ...(pod?.initContainers ?? [])]) {
    for (const image of images) {
      const [name, tag] = splitImage(container.image ?? '');
      if (name !== image.name) continue;
      container.image = `${image.newName ?? name}${image.newTag !== undefined ? `:${image.newTag}` : tag !== undefined ? `:${tag}` : ''}`;
    }
  }
  return manifest;
}

function splitImage(image) {
  const colon = image.lastIndexOf(':');
  return colon > image.lastIndexOf('/') ? [image.slice(0, colon), image.slice(colon + 1)] : [image, undefined];
}

async function validate({ source, manifest }, errors) {
  const { apiVersion, kind } = manifest ?? {};
  const name = manifest?.metadata?.name;
  const where = `${source}: ${kind ?? '(no kind)'} ${name ?? '(no name)'}`;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') {
    errors.push(`${where}: apiVersion and kind are required`);
    return;
  }
  let model;
  try {
    model = (await import(`kubernetes-models/${apiVersion}`))[kind];
  } catch {
    model = undefined;
  }
  if (typeof model !== 'function') {
    errors.push(`${where}: kubernetes-models knows no ${kind} in ${apiVersion}`);
    return;
  }
  if (typeof name !== 'string' || name === '') errors.push(`${where}: /metadata must have required property name`);
  try {
    new model(manifest).validate();
  } catch (error) {
    const details = error.errors ?? [{ instancePath: '', message: error.message }];
    for (const detail of details) errors.push(`${where}: ${detail.instancePath || '/'} ${detail.message}`);
  }
  for (const problem of unknownFields(manifest)) errors.push(`${where}: ${problem}`);
}

async function main(paths) {
  if (paths.length === 0) {
    console.error('usage: node validate.mjs PATH...');
    process.exit(2);
  }
  const inputs = [];
  for (const input of paths) {
    const errors = [];
    const built = fs.existsSync(input) && fs.statSync(input).isDirectory()
      ? buildKustomization(input, errors)
      : fs.existsSync(input) ? { listed: [], objects: readManifests(input, errors) } : { listed: [], objects: [] };
    if (!fs.existsSync(input)) errors.push(`${input}: does not exist`);
    for (const object of built.objects) await validate(object, errors);
    inputs.push({ path: relative(input), listed: built.listed, objects: built.objects, errors });
  }
  process.stdout.write(JSON.stringify({ inputs }));
}

await main(process.argv.slice(2));
