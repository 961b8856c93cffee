/** The formula bar: selected cell's address and its value (or formula). */
import { editBarAddressStyle, editBarStyle, editBarValueStyle } from "./gridStyles";

export interface EditBarProps {
  address: string;
  value: string;
}

export function EditBar({ address, value }: EditBarProps) {
  return (
    <div style={editBarStyle}>
      <div data-testid="edit-bar-address" aria-label="Selected cell" style={editBarAddressStyle}>
        {address}
      </div>
      <div data-testid="edit-bar-value" aria-label="Cell value" style={editBarValueStyle}>
        {value}
      </div>
    </div>
  );
}
