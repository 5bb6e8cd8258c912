import { App } from 'antd';
import { useCallback } from 'react';
import { errorMessage, isUserError } from '@/domain/errors';

/**
 * The one way a failed action is shown (see domain/errors.ts). A UserError shows its message;
 * anything else shows "Đã xảy ra lỗi không mong đợi: <details>" and is logged to the console.
 * `context` names the action that failed ("Sao lưu không thành công") and goes before the text.
 */
export type ShowError = (error: unknown, context?: string) => void;

/** The text showError shows. */
export function errorText(error: unknown, context?: string): string {
  const text = errorMessage(error);
  return context ? `${context}: ${text}` : text;
}

/**
 * `const showError = useShowError();` then `catch (err) { showError(err); }` or, for a
 * confirm button, `onConfirm={() => deleteX(id).catch(showError)}`.
 */
export function useShowError(): ShowError {
  const { message } = App.useApp();
  return useCallback<ShowError>(
    (error, context) => {
      const expected = isUserError(error);
      if (!expected) console.error(error);
      void message.error(errorText(error, context), expected ? 4 : 8);
    },
    [message],
  );
}
