/**
 * ESLint for the whole tree: JavaScript's and typescript-eslint's recommended
 * rules with type information, Svelte's, and the project's layering rule
 * (eslint/layers.js) on src/. Formatting is Prettier's (npm run lint runs both).
 */
import js from '@eslint/js'
import svelte from 'eslint-plugin-svelte'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import factdesk from './eslint/layers.js'

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  svelte.configs.recommended,
  {
    languageOptions: {
      parserOptions: { project: ['./tsconfig.node.json', './tsconfig.web.json'], tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.svelte'] },
      globals: globals.node
    }
  },
  {
    rules: {
      // An underscore marks a binding left out on purpose (`const { original: _original, ...view } = report`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Handlers implement a contract of Promise-returning functions: `async` without `await` is how they say so.
      '@typescript-eslint/require-await': 'off'
    }
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser } }
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: globals.browser },
    rules: {
      // It flags every Map, Set or Date built inside an exported class or mutated anywhere, scratch maps in a
      // $derived computation included. The desk replaces its state whole ($state.raw, $derived) and never
      // mutates a collection that the UI reads, so Svelte's reactive collections would only add proxies.
      'svelte/prefer-svelte-reactivity': 'off'
    }
  },
  {
    files: ['src/**/*.{ts,svelte}'],
    plugins: { factdesk },
    rules: { 'factdesk/layers': 'error' }
  },
  {
    // Plain JavaScript (scripts, hooks, this file) is not in a tsconfig: no type-aware rules there.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked]
  }
)
