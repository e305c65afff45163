import { Checkbox } from 'antd';
import type { CheckboxGroupProps } from 'antd/es/checkbox';

/**
 * A checkbox group as a form field: a named group (role="group") whose required mark stays with
 * the label. antd's Form.Item gives its child aria-required, which a group may not carry (axe:
 * aria-allowed-attr), so it is dropped here; the rule still checks the value.
 */
export function CheckboxGroupField({ 'aria-required': _required, ...props }: CheckboxGroupProps<string> & { 'aria-required'?: unknown; 'aria-label': string }) {
  return <Checkbox.Group<string> role="group" {...props} />;
}
