import 'reflect-metadata';
import { Controller, Get, Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { describe, expect, it } from '@jest/globals';

@Injectable()
class Greeter {
  hello() {
    return { hello: 'world' };
  }
}
@Controller('x')
class XController {
  constructor(private readonly greeter: Greeter) {}
  @Get() get() {
    return this.greeter.hello();
  }
}
@Module({ controllers: [XController], providers: [Greeter] })
class XModule {}

describe('nest', () => {
  it('boots', async () => {
    const mod = await Test.createTestingModule({ imports: [XModule] }).compile();
    const app = mod.createNestApplication();
    await app.init();
    const res = await request(app.getHttpServer()).get('/x');
    expect(res.body).toEqual({ hello: 'world' });
    await app.close();
  });
});
