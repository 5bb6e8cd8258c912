import { Alert, App, Col, Form, Input, Modal, Row, Select, Switch, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import type { CommendationType, EligibilityRule, RuleNode } from '@/domain/awards/types';
import { COMMENDATION_TYPES } from '@/domain/awards/types';
import { COMMENDATION_TYPE_LABEL } from '@/domain/awards/labels';
import { describeRule, type RuleLine } from '@/domain/awards/describeRule';
import { validateRule } from '@/domain/awards/ruleTree';
import { todayIso } from '@/domain/text/format';
import { listRules, saveRule } from '@/db/repositories/awards/catalog';
import { DateInput, dateRule } from '@/ui/DateInput';
import { useCatalog, useCatalogNames } from '@/ui/useCatalog';
import { parseCondition } from './ruleJson';
import { RuleTreeLines } from './RuleTreeLines';
import { useShowError } from '@/ui/showError';

interface Values {
  effectiveFrom?: string;
  effectiveTo?: string;
  types: CommendationType[];
  legalBasis: string;
  reusedYears?: string;
  servedDiscipline?: string;
  needsCheck: boolean;
  condition: string;
}

const STARTER: RuleNode = {
  kind: 'all',
  of: [{ kind: 'noBlocking', blocks: ['ky_luat', 'dieu_tra', 'khieu_nai'] }],
};

function chainClausesOf(v: Values): Pick<EligibilityRule, 'chainClauses'> {
  const reusedYears = v.reusedYears?.trim();
  const servedDiscipline = v.servedDiscipline?.trim();
  return reusedYears || servedDiscipline
    ? { chainClauses: { ...(reusedYears ? { reusedYears } : {}), ...(servedDiscipline ? { servedDiscipline } : {}) } }
    : {};
}

const isoOrEmpty = (v?: string) => (v && !v.startsWith('invalid:') ? v : '');

/**
 * Edit a rule: dates in force, the commendation types it judges, legal basis, and the condition
 * tree as data (JSON) so a change in the law is a data edit. The tree is read back as text beside
 * the JSON and checked as it is typed (validateRule against the catalogue and the entry's other
 * rules); saving stays disabled while anything is wrong. A new rule starts from the entry's latest.
 */
export function RuleForm({
  catalogCode,
  rule,
  template,
  open,
  onClose,
}: {
  catalogCode: string;
  rule?: EligibilityRule;
  template?: EligibilityRule;
  open: boolean;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const showError = useShowError();
  const catalog = useCatalog();
  const names = useCatalogNames();
  const others = useLiveQuery(() => listRules(catalogCode), [catalogCode]);
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    const source = rule ?? template;
    form.setFieldsValue({
      effectiveFrom: rule ? rule.effectiveFrom : todayIso(),
      ...(rule?.effectiveTo ? { effectiveTo: rule.effectiveTo } : {}),
      types: source?.types?.length ? source.types : ['thuong_xuyen'],
      legalBasis: source?.legalBasis ?? '',
      reusedYears: source?.chainClauses?.reusedYears ?? '',
      servedDiscipline: source?.chainClauses?.servedDiscipline ?? '',
      needsCheck: rule ? rule.needsCheck === 1 : false,
      condition: JSON.stringify(source?.condition ?? STARTER, null, 2),
    });
  }, [open, rule, template, form]);

  const text = Form.useWatch('condition', form);
  const from = Form.useWatch('effectiveFrom', form);
  const to = Form.useWatch('effectiveTo', form);
  const types = Form.useWatch('types', form);
  const parsed = useMemo(() => parseCondition(text ?? ''), [text]);
  const errors = useMemo(() => {
    if (text === undefined) return [];
    const out = [...parsed.errors];
    if (to?.startsWith('invalid:')) out.push('Ngày hết hiệu lực không hợp lệ (dd/mm/yyyy).');
    if (!types?.length) out.push('Chọn ít nhất một loại hình khen thưởng.');
    if (parsed.condition && catalog && others) {
      try {
        out.push(
          ...validateRule(
            {
              id: rule?.id ?? '',
              catalogCode,
              effectiveFrom: isoOrEmpty(from),
              ...(isoOrEmpty(to) ? { effectiveTo: isoOrEmpty(to) } : {}),
              ...(types?.length ? { types } : {}),
              condition: parsed.condition,
            },
            catalog,
            others,
          ),
        );
      } catch (e) {
        out.push(`Điều kiện không đúng cấu trúc: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    return out;
  }, [text, parsed, from, to, types, catalog, others, rule?.id, catalogCode]);
  const preview = useMemo((): RuleLine[] | null => {
    if (!parsed.condition) return null;
    try {
      return describeRule(parsed.condition, names);
    } catch {
      return null;
    }
  }, [parsed, names]);
  const ready = catalog !== undefined && others !== undefined && text !== undefined;

  const save = async () => {
    const v = await form.validateFields();
    if (errors.length || !parsed.condition) return;
    try {
      await saveRule({
        ...(rule ? { id: rule.id } : {}),
        catalogCode,
        effectiveFrom: isoOrEmpty(v.effectiveFrom),
        ...(isoOrEmpty(v.effectiveTo) ? { effectiveTo: isoOrEmpty(v.effectiveTo) } : {}),
        types: v.types,
        legalBasis: v.legalBasis ?? '',
        ...chainClausesOf(v),
        needsCheck: v.needsCheck ? 1 : 0,
        condition: parsed.condition,
      });
      message.success('Đã lưu điều kiện.');
      onClose();
    } catch (err) {
      showError(err);
    }
  };
  return (
    <Modal
      open={open}
      title={`${rule ? 'Sửa điều kiện' : 'Thêm điều kiện'}: ${names(catalogCode)}`}
      okText="Lưu"
      cancelText="Hủy"
      onOk={save}
      onCancel={onClose}
      okButtonProps={{ disabled: !ready || errors.length > 0 }}
      destroyOnHidden
      width={1180}
      style={{ top: 24 }}
    >
      <Form form={form} layout="vertical" name="rule" requiredMark={false}>
        <Row gutter={12}>
          <Col span={5}>
            <Form.Item label="Có hiệu lực từ" name="effectiveFrom" rules={[dateRule(true, 'ngày có hiệu lực')]}>
              <DateInput />
            </Form.Item>
          </Col>
          <Col span={5}>
            <Form.Item label="Hết hiệu lực" name="effectiveTo" rules={[dateRule(false, 'ngày hết hiệu lực')]}>
              <DateInput placeholder="trống = còn hiệu lực" />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item
              label="Loại hình khen thưởng được xét theo điều kiện này"
              name="types"
              rules={[{ required: true, message: 'Chọn loại hình khen thưởng.' }]}
            >
              <Select mode="multiple" options={COMMENDATION_TYPES.map((t) => ({ value: t, label: COMMENDATION_TYPE_LABEL[t] }))} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={19}>
            <Form.Item label="Căn cứ (văn bản)" name="legalBasis">
              <Input placeholder="Luật Thi đua, khen thưởng 2022; Nghị định 152/2025/NĐ-CP" />
            </Form.Item>
          </Col>
          <Col span={5}>
            <Form.Item label="Cần kiểm tra với văn bản" name="needsCheck" valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item label="Điều khoản: năm đã tính cho khen thưởng trước không tính lại" name="reusedYears" extra="Trống = dẫn căn cứ chung ở trên.">
              <Input placeholder="Luật Thi đua, khen thưởng 2022 Điều 5 khoản 2 điểm c" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              label="Điều khoản: thành tích tính từ khi chấp hành xong kỷ luật"
              name="servedDiscipline"
              extra="Trống = không áp dụng (chuỗi không tính lại sau kỷ luật)."
            >
              <Input placeholder="Nghị định 152/2025/NĐ-CP Điều 4 khoản 4" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              label="Cây điều kiện (dữ liệu JSON)"
              name="condition"
              style={{ marginBottom: 4 }}
              extra={'Nhóm: {"kind": "all" | "any" | "atLeast", "min": n, "of": [...]}; mỗi nút có thể ghi "clause" (điều, khoản, điểm) và "label" (tên ngắn).'}
            >
              <Input.TextArea
                rows={17}
                spellCheck={false}
                data-testid="rule-json"
                style={{ fontFamily: 'Consolas, "Courier New", monospace', fontSize: 12, whiteSpace: 'pre', overflowX: 'auto' }}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Typography.Text strong>Xem trước</Typography.Text>
            {errors.length ? (
              <Alert
                type="error"
                showIcon
                style={{ margin: '6px 0' }}
                data-testid="rule-errors"
                title={errors.length === 1 ? errors[0] : `Chưa lưu được (${errors.length} lỗi):`}
                description={
                  errors.length > 1 ? (
                    <ul style={{ margin: 0, paddingLeft: 18 }}>
                      {errors.map((e) => (
                        <li key={e}>{e}</li>
                      ))}
                    </ul>
                  ) : undefined
                }
              />
            ) : ready ? (
              <Alert type="success" showIcon style={{ margin: '6px 0' }} title="Điều kiện hợp lệ." data-testid="rule-ok" />
            ) : null}
            <div
              data-testid="rule-preview"
              style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: 8, maxHeight: 330, overflow: 'auto', background: '#fafafa' }}
            >
              {preview ? <RuleTreeLines lines={preview} /> : <Typography.Text type="secondary">Sửa dữ liệu để xem trước cây điều kiện.</Typography.Text>}
            </div>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
