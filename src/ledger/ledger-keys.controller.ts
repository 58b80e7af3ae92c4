import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { publishedKeys } from '../event-store/ledger/ledger-keys.js';
import { ApiQueryErrors } from '../http/openapi.js';

/** The public keys tree heads are signed with, every one ever used (rotation keeps old heads verifiable): public, for anyone to verify offline. */
@ApiTags('ledger 可验证账本')
@Controller('.well-known')
export class LedgerKeysController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get('credit-ledger-keys.json')
  @ApiOperation({ summary: 'The Ed25519 public keys of the signed tree heads (public) / 树头签名公钥' })
  @ApiOkResponse({ schema: { example: { keys: [{ keyId: '9f1e…', algorithm: 'Ed25519', publicKeyPem: '-----BEGIN PUBLIC KEY-----…', from: '2026-12-07T10:00:00.000+08:00', until: null }] } } })
  @ApiQueryErrors()
  keys() {
    return publishedKeys(this.config.dataDir);
  }
}
