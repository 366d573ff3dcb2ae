// Lint rules for the whole code base, run by `npm test` (`npm run lint`).
// Prettier owns the layout; ESLint owns correctness, unused code, import order and import cycles.
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "data/**", "bench/results/**", "web/dist/**", "web/src/gql/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".json"] })],
      // Imported files are read with the TypeScript parser too, so cycles through them are seen.
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/extensions": [".ts", ".tsx", ".js"],
    },
    rules: {
      "import-x/no-cycle": "error",
      "import-x/no-self-import": "error",
      // The layers of shared/ (see shared/README.md): each imports only those below it.
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./shared",
              from: ["./gateway", "./scripts", "./bench", "./test", "./web"],
              message: "shared/ is common code: it knows no department, gateway or tool.",
            },
            {
              target: "./shared",
              from: "./subgraphs",
              message: "shared/ imports no department: a composition root registers the departments it serves (registerDepartments).",
            },
            { target: "./shared/core", from: "./shared", except: ["./core"], message: "core/ is the bottom layer." },
            { target: "./shared/service", from: "./shared", except: ["./core", "./service"], message: "service/ builds on core/ only." },
            { target: "./shared/auth", from: "./shared", except: ["./core", "./auth"], message: "auth/ builds on core/ only." },
            { target: "./shared/database", from: "./shared", except: ["./core", "./database"], message: "database/ builds on core/ only." },
            {
              target: "./shared/documents",
              from: "./shared",
              except: ["./core", "./documents"],
              message: "documents/ builds on core/ only.",
            },
            {
              target: "./shared/records",
              from: "./shared",
              except: ["./core", "./auth", "./database", "./records", "./federation/references.ts"],
              message: "records/ builds on core/, auth/ and database/ (and federation/references.ts, the entity stubs).",
            },
            {
              target: "./gateway",
              from: "./subgraphs",
              // the gateway is a composition root: it registers the departments' manifests (data), never loads their code
              except: ["./departments.ts", "./manifests.ts", "./*/department.ts"],
              message: "The gateway knows departments only through the composed supergraph and their manifests (subgraphs/departments.ts).",
            },
            { target: "./subgraphs", from: "./gateway", message: "A department knows nothing of the gateway." },
          ],
        },
      ],
      "import-x/order": [
        "error",
        {
          groups: ["builtin", "external", "internal", "parent", "sibling", "index"],
          "newlines-between": "never",
          alphabetize: { order: "asc", caseInsensitive: true },
        },
      ],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      // Entities and resolvers are classes handed around as values: `Function` is their honest type.
      "@typescript-eslint/no-unsafe-function-type": "off",
      // Tests read JSON answers and raw SQL rows, which have no static type.
      "@typescript-eslint/no-explicit-any": "off",
    },
  },
  {
    files: ["subgraphs/**/*.ts", "gateway/**/*.ts", "shared/**/*.ts"],
    ignores: ["shared/core/errors.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='GraphQLError']",
          message: "Use the error vocabulary of shared/core/errors.ts: one module, one extension shape.",
        },
      ],
    },
  },
  {
    files: ["**/*.mjs", "**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
    languageOptions: {
      globals: { process: "readonly", console: "readonly", require: "readonly", module: "writable", __dirname: "readonly" },
    },
  },
  prettier,
);
