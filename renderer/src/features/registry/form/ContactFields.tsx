// The 联系方式 section shared by the village and enterprise forms (same fields, same rules).
import { Col, Divider, Form, Input, Row } from 'antd';
import { contactFields } from '@shared/model/schemas/common';
import { zodRule } from '../../../ui/form/zod-rule';

/** Half a row on a wide drawer, the whole row on a narrow one. */
export const HALF = { xs: 24, md: 12 };

export function ContactFields() {
  return (
    <>
      <Divider titlePlacement="start">联系方式</Divider>
      <Row gutter={16}>
        <Col {...HALF}>
          <Form.Item name="contactName" label="联系人" rules={[zodRule(contactFields.contactName)]}>
            <Input />
          </Form.Item>
        </Col>
        <Col {...HALF}>
          <Form.Item name="contactPhone" label="联系电话" rules={[zodRule(contactFields.contactPhone)]}>
            <Input placeholder="手机或带区号的固话" />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
