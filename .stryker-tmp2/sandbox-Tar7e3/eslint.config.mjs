// @ts-nocheck
// Lint: typescript-eslint with type information (exhaustive switches), and the layer rules of
// README "Architecture": each layer imports only the layers below it, and other layers reach
// the file host only through its public surface (src/host/file/index.ts).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const outside = (...layers) => layers.map((l) => `**/${l}/**`);

export default tseslint.config(
  {
    ignores: [
      "build/",
      "dist/",
      "coverage/",
      "demo/",
      "reports/",
      ".stryker-tmp/",
      "node_modules/",
      "**/*.js",
      "**/*.cjs",
      "**/*.mjs",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: true }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": "error",
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                ...outside("host", "app", "taskpane", "cli", "sample", "commands"),
                "node:*",
                "react",
                "react-dom",
                "@fluentui/*",
              ],
              message: "The core is pure: no host, UI, file I/O or Office.js.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/core/model/**/*.ts", "src/core/text/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/parse/**", "**/engine/**", "**/render/**", ...outside("host", "app", "taskpane", "cli")],
              message: "model and text are the bottom of the core: they import nothing above them.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/core/parse/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/engine/**", "**/render/**", ...outside("host", "app", "taskpane", "cli")],
              message: "parse turns grids into records; it knows nothing of the engine or the renderer.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/core/engine/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/render/**", ...outside("host", "app", "taskpane", "cli")],
              message: "the engine turns records into results; it knows nothing of the renderer.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/host/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [...outside("app", "taskpane", "cli")],
              message: "Hosts only move cells: they do not call the application layer or the UI.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/app/**/*.ts", "src/cli/**/*.ts", "src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/host/file/*/**"],
              message: "Use the file host's public surface (src/host/file/index.ts), not its inner parts.",
            },
          ],
        },
      ],
    },
  },
  {
    // After the block above, so that for src/app this one applies (a later rule replaces an earlier one).
    files: ["src/app/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                ...outside("taskpane", "cli", "commands"),
                "**/host/file/**",
                "**/host/excel/**",
                "node:*",
                "react",
                "@fluentui/*",
              ],
              message:
                "The application layer uses the core and the host port (src/host/workbookHost.ts) only: no host, UI or command line.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["test/**/*.ts", "test/**/*.tsx"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off", "no-console": "off" },
  },
);
