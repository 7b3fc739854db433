import { Decimal } from 'decimal.js';
import { ValidateBy, type ValidationArguments } from 'class-validator';

export interface DecimalStringOptions {
  /** Digits before the point the column holds, e.g. 6 for numeric(8,2). */
  integerDigits: number;
  /** Decimals the column holds; more would be rounded away silently. */
  scale: number;
  /** Largest allowed value (inclusive), a decimal string. */
  max?: string;
  example: string;
}

/**
 * A non-negative quantity as a decimal string ("0.8", "1280.00"): never a JSON number, which may already
 * have lost precision. The message says what is wrong: the form, the decimals or the range.
 */
export function IsDecimalString(options: DecimalStringOptions): PropertyDecorator {
  const pattern = new RegExp(`^\\d{1,${options.integerDigits}}(\\.\\d{1,${options.scale}})?$`);
  const problem = (value: unknown): string | undefined => {
    if (typeof value !== 'string' || !/^\d+(\.\d+)?$/.test(value)) {
      return `must be a non-negative decimal string such as "${options.example}"`;
    }
    if (options.max !== undefined && new Decimal(value).gt(options.max)) {
      return `must be between 0 and ${options.max}`;
    }
    if (!pattern.test(value))
      return `must have at most ${options.scale} decimals and ${options.integerDigits} digits before them`;
    return undefined;
  };
  return ValidateBy({
    name: 'isDecimalString',
    validator: {
      validate: (value: unknown) => problem(value) === undefined,
      defaultMessage: (args?: ValidationArguments) => problem(args?.value) ?? 'is invalid',
    },
  });
}
