import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Layer rules: domain is pure, db knows no React, nothing below features imports features. */
const noReact = { group: ['react', 'react-dom', 'antd', '@ant-design/*', 'react-router-dom', 'dexie-react-hooks'], message: 'Lớp này không dùng React/UI.' };
const noDexie = { group: ['dexie', 'dexie-export-import'], message: 'domain là TypeScript thuần: không dùng Dexie.' };
const noDataAccess = {
  group: ['dexie', 'dexie-export-import', '@/db/database', '@/db/repositories/*/tables'],
  message: 'Màn hình đọc, ghi dữ liệu qua hàm của repository (db/repositories/<lĩnh vực>/queries.ts…), không dùng Dexie, getDb() hay bảng trực tiếp.',
};
const noUpperLayers = (layers) => ({
  group: layers.flatMap((l) => [`@/${l}/*`, `@/${l}`]),
  message: `Phụ thuộc chỉ được trỏ một chiều (không import ${layers.join(', ')}).`,
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.tmp/**', 'test-results/**', 'playwright-report/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Sanitisers match control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['src-renderer/src/domain/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noReact, noDexie, noUpperLayers(['db', 'features', 'platform', 'app', 'workers', 'ui'])] }] },
  },
  {
    files: ['src-renderer/src/db/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noReact, noUpperLayers(['features', 'platform', 'app', 'ui'])] }] },
  },
  {
    files: ['src-renderer/src/features/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noDataAccess] }] },
  },
  {
    // Shared widgets: used by several features, they know none of them (and read data only through queries).
    files: ['src-renderer/src/ui/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noDataAccess, noUpperLayers(['features', 'app'])] }] },
  },
);
