/**
 * Lint, and the layer rules of docs/architecture.md ("Module boundaries"): an import that
 * crosses a layer the wrong way fails `npm run lint`, and so `npm test`.
 */
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import astro from "eslint-plugin-astro";

/** An import of `src/data` (the only code that reads the content collection), from anywhere below it. */
const DATA = { regex: "(^|/)data/(?!.*\\.json$)", message: "src/data is read by pages only (docs/architecture.md)." };
const DATA_JSON = { regex: "(^|/)data/.*\\.json$", message: "reference data is read and checked in src/data/reference.ts only." };
const ASTRO = { regex: "^astro:", message: "no astro:* here: this layer stays plain TypeScript." };
const I18N = { regex: "(^|/)i18n/", message: "interface strings reach this layer as arguments, not imports." };
const COMPONENTS = { regex: "(^|/)(components|layouts|pages)/", message: "this layer does not import the page layers." };
const NODE = { regex: "^(node:)?(fs|fs/promises|child_process)$", message: "no file system here: src/lib is pure." };
const CHARTJS = { regex: "^chart\\.js", message: "Chart.js is drawn by src/scripts/chart-element.ts only." };
const restrict = (...patterns) => ["error", { patterns }];
/** Components may name the types of the views whose values they render; they never call src/data. */
const DATA_TYPES_ONLY = { ...DATA, allowTypeImports: true, message: "components get their data as props: import only the view's types." };

/** Formatting happens in src/lib only: no Intl and no toFixed in pages, components, views or scripts. */
const NO_OWN_FORMATTING = [
  "error",
  { selector: "MemberExpression[object.name='Intl']", message: "format through src/lib/present (formatter.ts), never with Intl directly." },
  { selector: "CallExpression[callee.property.name='toFixed']", message: "format through src/lib/present (formatter.ts), never with toFixed." },
  { selector: "CallExpression[callee.property.name=/^toLocale/]", message: "format through src/lib/present (formatter.ts)." },
];

export default tseslint.config(
  { ignores: ["dist/", ".astro/", "node_modules/", "test-results/", "tests/standards/", "tests/fixtures/broken-site/", "bench/.scratch/", "public/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: "readonly",
        process: "readonly",
        URL: "readonly",
        document: "readonly",
        window: "readonly",
        location: "readonly",
        fetch: "readonly",
        HTMLElement: "readonly",
        customElements: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "off",
    },
  },
  { files: ["src/lib/**"], rules: { "@typescript-eslint/no-restricted-imports": restrict(ASTRO, DATA, DATA_JSON, I18N, COMPONENTS, NODE, CHARTJS) } },
  { files: ["src/data/**"], rules: { "@typescript-eslint/no-restricted-imports": restrict(COMPONENTS, CHARTJS), "no-restricted-syntax": NO_OWN_FORMATTING } },
  { files: ["src/data/reference.ts"], rules: { "@typescript-eslint/no-restricted-imports": restrict(COMPONENTS, CHARTJS) } },
  {
    files: ["src/components/**", "src/layouts/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrict(
        { regex: "^astro:content$", message: "components get their data as props." },
        DATA_TYPES_ONLY,
        DATA_JSON,
        CHARTJS,
      ),
      "no-restricted-syntax": NO_OWN_FORMATTING,
    },
  },
  { files: ["src/pages/**"], rules: { "@typescript-eslint/no-restricted-imports": restrict(DATA_JSON, CHARTJS), "no-restricted-syntax": NO_OWN_FORMATTING } },
  {
    files: ["src/scripts/**"],
    rules: { "@typescript-eslint/no-restricted-imports": restrict(ASTRO, DATA, DATA_JSON, I18N, COMPONENTS), "no-restricted-syntax": NO_OWN_FORMATTING },
  },
  { files: ["src/scripts/chart-element.ts"], rules: { "@typescript-eslint/no-restricted-imports": restrict(ASTRO, DATA, DATA_JSON, I18N, COMPONENTS) } },
);
