import fs from "node:fs";
import type { Plugin } from "vite";

const PREFIX = "virtual:gql-document/";
const IMPORT = /import\s*\{([^}]*)\}\s*from\s*["']((?:\.{1,2}\/)+(?:[\w-]+\/)*gql\/graphql)(?:\.ts)?["'];?/g;
const DOCUMENT_NAME = /^\w+(?:Document|FragmentDoc)$/;

/**
 * Each GraphQL document as a module of its own, so a view's chunk carries the
 * documents it sends and no other. graphql-codegen's Babel plugin (in
 * vite.config.ts) turns each `graphql(`…`)` call into an import of that one
 * document from the generated src/gql/graphql.ts; since Rollup chunks whole
 * modules, that file would still be one chunk every view loads. Here each
 * such import (after the Babel step) is taken from a virtual module holding
 * the one document, read out of the generated file. Type-only imports are
 * gone by then; anything else imported from the file stays as it was.
 */
export function gqlDocumentPerModule(generated: string): Plugin {
  let documents: Map<string, string> | null = null;
  const read = () => {
    if (documents) return documents;
    documents = new Map();
    // the client preset writes each document as one line: `export const XDocument = {…} as unknown as DocumentNode<…>;`
    for (const match of fs.readFileSync(generated, "utf8").matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm))
      documents.set(match[1], match[2]);
    return documents;
  };
  return {
    name: "gql-document-per-module",
    enforce: "post",
    buildStart() {
      documents = null;
    },
    transform(code, id) {
      if (id.includes("node_modules") || id.includes("/src/gql/") || !/\.[jt]sx?$/.test(id)) return null;
      let changed = false;
      const rewritten = code.replace(IMPORT, (whole, specifiers: string, from: string) => {
        const names = specifiers
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean);
        const own = names.filter((s) => DOCUMENT_NAME.test(s.split(/\s+as\s+/)[0]));
        if (own.length === 0) return whole;
        changed = true;
        const rest = names.filter((s) => !own.includes(s));
        return [
          ...own.map((s) => {
            const [name, local = name] = s.split(/\s+as\s+/);
            return `import ${local} from "${PREFIX}${name}";`;
          }),
          ...(rest.length ? [`import { ${rest.join(", ")} } from "${from}";`] : []),
        ].join("\n");
      });
      return changed ? { code: rewritten, map: null } : null;
    },
    resolveId(source) {
      return source.startsWith(PREFIX) ? `\0${source}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const name = id.slice(PREFIX.length + 1);
      const document = read().get(name);
      if (!document) this.error(`No document ${name} in ${generated}: run npm run codegen.`);
      return `export default ${document};`;
    },
  };
}
