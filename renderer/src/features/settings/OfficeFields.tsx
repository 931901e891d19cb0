// The office's details (设置 → 单位信息) as form fields: the short set the first start asks for,
// or all of them. Typing the county name fills the usual names of its organs where blank.
import type { FormInstance } from 'antd';
import { Col, Form, Input, Row } from 'antd';
import type { OfficeSettings } from '@shared/model/settings';
import { followCounty } from './office-suggest';

// Any form whose values include the office's fields (the first start adds the working year).
type Props<T extends OfficeSettings> = { form: FormInstance<T>; short?: boolean };

export const SHORT_OFFICE_KEYS = ['countyName', 'unitName', 'issuerName', 'issuerMark', 'docPrefix'] as const;

export function OfficeFields<T extends OfficeSettings>({ form, short }: Props<T>) {
  const onCounty = (previous: string, next: string) => form.setFieldsValue(followCounty(form.getFieldsValue(true), previous, next) as Partial<T>);
  return (
    <>
      <Row gutter={16}>
        <Col span={short ? 24 : 12}>
          <Form.Item name="countyName" label="县名" rules={[{ required: true, whitespace: true, message: '请填写县名，如 长汀县' }]} extra={short ? undefined : '用于年度统计表、工作总结等文件的标题'}>
            <CountyInput onCounty={onCounty} />
          </Form.Item>
        </Col>
        <Col span={short ? 24 : 12}>
          <Form.Item name="unitName" label="单位名称" rules={[{ required: true, whitespace: true, message: '请填写单位名称，如 中共长汀县委组织部' }]} extra={short ? undefined : '显示在窗口顶部，并作为公示、报表的署名'}>
            <Input placeholder="中共长汀县委组织部" />
          </Form.Item>
        </Col>
        <Col span={short ? 24 : 12}>
          <Form.Item name="issuerName" label="发文机关" extra={short ? undefined : '表彰决定的署名，如 中共长汀县委员会'}>
            <Input placeholder="中共长汀县委员会" />
          </Form.Item>
        </Col>
        <Col span={short ? 24 : 12}>
          <Form.Item name="issuerMark" label="发文机关标志" extra={short ? undefined : '表彰决定版头的红色大字，如 中共长汀县委员会文件'}>
            <Input placeholder="中共长汀县委员会文件" />
          </Form.Item>
        </Col>
        <Col span={short ? 24 : 12}>
          <Form.Item name="docPrefix" label="文号前缀" extra="发文机关代字，文号写作「汀委〔2008〕42号」">
            <Input placeholder="汀委" style={{ maxWidth: 160 }} />
          </Form.Item>
        </Col>
        {!short && (
          <Col span={12}>
            <Form.Item name="superiorName" label="上级党委" extra="市委、省委表彰时的表彰机关，如 中共龙岩市委">
              <Input placeholder="中共龙岩市委" />
            </Form.Item>
          </Col>
        )}
      </Row>
      {!short && (
        <Row gutter={16}>
          <Col span={24}>
            <Form.Item name="mainRecipients" label="主送机关" extra="公文的默认主送机关，每份文件中可再修改">
              <Input placeholder="各乡（镇）党委、开发区党工委，县直各单位党组织" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="copyTo" label="抄送机关" extra="版记中的默认抄送机关">
              <Input placeholder="市委组织部" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="printingOrg" label="印发机关" extra="版记中的印发机关，如 中共长汀县委办公室">
              <Input placeholder="中共长汀县委办公室" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="contactName" label="公示联系人">
              <Input placeholder="如：县委组织部组织科 张某某" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="contactPhone" label="公示受理电话" extra="新建公示时预先填入">
              <Input placeholder="0597-6812345" />
            </Form.Item>
          </Col>
        </Row>
      )}
    </>
  );
}

/** The county input, telling the form its previous and next value so suggestions can follow it. */
function CountyInput({ id, value, onChange, onCounty }: { id?: string; value?: string; onChange?: (v: string) => void; onCounty: (previous: string, next: string) => void }) {
  return (
    <Input
      id={id}
      placeholder="长汀县"
      value={value}
      onChange={(e) => {
        const next = e.target.value;
        onChange?.(next);
        onCounty(value ?? '', next);
      }}
    />
  );
}
