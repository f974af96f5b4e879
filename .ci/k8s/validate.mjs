// Validates Kubernetes manifests against the API schemas of kubernetes-models (generated from Kubernetes' own
// OpenAPI document): node validate.mjs FILE.yaml... Every document must be a kind the library knows; a wrong type,
// a missing required field or a malformed quantity fails. Exit status 1 names each problem.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

let problems = 0;
let checked = 0;
for (const file of process.argv.slice(2)) {
  for (const document of parseAllDocuments(readFileSync(file, "utf8"))) {
    if (document.errors.length > 0) {
      console.error(`${file}: not YAML: ${document.errors.map((e) => e.message).join("; ")}`);
      problems++;
      continue;
    }
    const object = document.toJS();
    if (object == null) continue;
    const { apiVersion, kind } = object;
    const where = `${file}: ${kind ?? "?"} ${object.metadata?.name ?? "?"}`;
    let model;
    try {
      model = (await import(`kubernetes-models/${apiVersion}/${kind}`))[kind];
    } catch {
      model = undefined;
    }
    if (typeof model !== "function") {
      console.error(`${where}: ${apiVersion} ${kind} is not a Kubernetes API kind`);
      problems++;
      continue;
    }
    try {
      new model(object).validate();
      checked++;
    } catch (e) {
      console.error(`${where}: ${e.message}`);
      problems++;
    }
  }
}
if (problems > 0 || checked === 0) {
  console.error(`${problems} problem(s) in the Kubernetes manifests`);
  process.exit(1);
}
console.log(`${checked} Kubernetes objects valid`);
