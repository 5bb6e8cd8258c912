import { Tag } from 'antd';
import type { RuleLine } from '@/domain/awards/describeRule';

/** A rule's condition tree as indented lines: group heads in bold, each line's clause in a muted tag. */
export function RuleTreeLines({ lines, testId }: { lines: RuleLine[]; testId?: string }) {
  return (
    <div className="rule-tree" data-testid={testId} style={{ lineHeight: 1.5 }}>
      {lines.map((l, i) => {
        const head = i + 1 < lines.length && lines[i + 1]!.depth > l.depth;
        return (
          <div key={l.path || 'root'} data-path={l.path} style={{ display: 'flex', gap: 6, alignItems: 'baseline', padding: `1px 0 1px ${l.depth * 20}px` }}>
            <span style={{ color: '#999', flex: 'none' }}>{head ? '▸' : '•'}</span>
            <span style={{ flex: 1, minWidth: 0, fontWeight: head ? 600 : undefined }}>
              {l.text}
              {l.clause ? (
                <Tag variant="filled" style={{ marginLeft: 6, color: '#777', fontWeight: 400, whiteSpace: 'normal' }}>
                  {l.clause}
                </Tag>
              ) : null}
            </span>
          </div>
        );
      })}
    </div>
  );
}
