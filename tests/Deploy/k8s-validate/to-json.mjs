// Prints a YAML file as JSON (every document, in an array), for tests that check files other than manifests
// (docker-compose.yml). A YAML error exits 1 with the parser's message on stderr.
//   node to-json.mjs FILE
import fs from 'node:fs';
import { parseAllDocuments } from 'yaml';

const documents = parseAllDocuments(fs.readFileSync(process.argv[2], 'utf8'));
const problems = documents.flatMap(d => d.errors);
if (problems.length > 0) {
  console.error(problems.map(p => p.message).join('\n'));
  process.exit(1);
}
process.stdout.write(JSON.stringify(documents.map(d => d.toJS())));
