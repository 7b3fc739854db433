import { Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { AccessGuard } from './access.guard.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { Authenticator } from './authenticator.js';
import { UndeclaredEndpointsWarning } from './declared-access.js';
import { LocalTokens } from './local-tokens.js';
import { LoginThrottle } from './login-throttle.js';
import { fetchJson } from './oidc/fetch-json.js';
import { JwksCache } from './oidc/jwks-cache.js';
import { OidcVerifier } from './oidc/oidc-verifier.js';
import { UsersController } from './users.controller.js';
import { UsersService } from './users.service.js';

function oidcVerifier(config: AppConfig): OidcVerifier | null {
  if (!config.oidc) return null;
  return new OidcVerifier(config.oidc, new JwksCache(config.oidc.issuer, fetchJson));
}

/** Sign-in, users and roles: the global guard that every endpoint passes through. */
@Module({
  imports: [
    DiscoveryModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.jwtSecret }),
    }),
  ],
  controllers: [AuthController, UsersController],
  providers: [
    LocalTokens,
    Authenticator,
    AuthService,
    UsersService,
    UndeclaredEndpointsWarning,
    { provide: LoginThrottle, useFactory: () => new LoginThrottle() },
    { provide: OidcVerifier, inject: [APP_CONFIG], useFactory: oidcVerifier },
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [Authenticator, LocalTokens, UsersService],
})
export class AuthModule {}
