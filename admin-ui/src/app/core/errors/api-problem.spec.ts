import { HttpErrorResponse } from '@angular/common/http';
import { FormControl, FormGroup } from '@angular/forms';

import { applyFieldErrors, toApiProblem } from './api-problem';

const body = {
  code: 'VALIDATION_FAILED',
  message: 'Tarkista kentät.',
  correlationId: 'req-42',
  fields: { username: 'Käyttäjätunnus on liian lyhyt.', 'lines.0.amount': 'Summa puuttuu.' },
};

describe('toApiProblem', () => {
  it('reads the server error body', () => {
    const problem = toApiProblem(new HttpErrorResponse({ status: 400, error: body }));
    expect(problem).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'Tarkista kentät.',
      correlationId: 'req-42',
      fields: body.fields,
    });
  });

  it('reads a body that arrived as text', () => {
    const problem = toApiProblem(new HttpErrorResponse({ status: 409, error: JSON.stringify(body) }));
    expect(problem.code).toBe('VALIDATION_FAILED');
  });

  it('knows when the server could not be reached', () => {
    const problem = toApiProblem(new HttpErrorResponse({ status: 0, error: new ProgressEvent('error') }));
    expect(problem).toMatchObject({ status: 0, code: 'NETWORK_ERROR', message: null, fields: {} });
  });

  it('does not show a proxy error page as a message', () => {
    const problem = toApiProblem(new HttpErrorResponse({ status: 502, error: '<html>Bad gateway</html>' }));
    expect(problem).toMatchObject({ status: 502, code: 'HTTP_502', message: null });
  });

  it('drops field entries that are not text', () => {
    const problem = toApiProblem(
      new HttpErrorResponse({ status: 400, error: { ...body, fields: { a: 'ok', b: 3 } } }),
    );
    expect(problem.fields).toEqual({ a: 'ok' });
  });
});

describe('applyFieldErrors', () => {
  it('puts messages on the matching controls, nested ones too, and reports the rest', () => {
    const form = new FormGroup({
      username: new FormControl('ab'),
      lines: new FormGroup({ 0: new FormGroup({ amount: new FormControl('') }) }),
    });
    const problem = toApiProblem(
      new HttpErrorResponse({
        status: 400,
        error: { ...body, fields: { ...body.fields, unknownField: 'Virhe.' } },
      }),
    );

    const unmatched = applyFieldErrors(form, problem);

    expect(form.controls.username.getError('server')).toBe('Käyttäjätunnus on liian lyhyt.');
    expect(form.controls.username.touched).toBe(true);
    expect(form.get('lines.0.amount')?.getError('server')).toBe('Summa puuttuu.');
    expect(unmatched).toEqual(['unknownField']);
  });

  it('clears the server message once the user edits the field', () => {
    const form = new FormGroup({ username: new FormControl('ab') });
    applyFieldErrors(form, toApiProblem(new HttpErrorResponse({ status: 400, error: body })));
    form.controls.username.setValue('abc');
    expect(form.controls.username.hasError('server')).toBe(false);
  });
});
