export { decimalTransformer } from './decimal.transformer.js';
export { DecimalColumn, MoneyColumn } from './money-column.js';
export {
  formatMoney,
  fromCents,
  money,
  roundToCents,
  sumMoney,
  toCents,
  type Money,
  type MoneyInput,
} from './money.js';
