import { Column, type ColumnOptions } from 'typeorm';
import { decimalTransformer } from './decimal.transformer.js';

type Extra = Pick<ColumnOptions, 'nullable' | 'name'>;

/** A money column: numeric(14,2) read and written as Decimal. */
export function MoneyColumn(options: Extra = {}): PropertyDecorator {
  return Column({ type: 'numeric', precision: 14, scale: 2, transformer: decimalTransformer, ...options });
}

/** An exact quantity (hours, minutes, FTE, rates): numeric read and written as Decimal. */
export function DecimalColumn(
  options: Extra & Pick<ColumnOptions, 'precision' | 'scale'> = {},
): PropertyDecorator {
  return Column({ type: 'numeric', transformer: decimalTransformer, ...options });
}
