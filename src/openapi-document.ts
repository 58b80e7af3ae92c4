import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { applySecurityFromPolicy } from './auth/openapi-security.js';

/** OpenAPI from the DTOs: `/docs` for people, `/docs-json` for machines (docs/api.md). */
export function setUpOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('credit-ledger')
    .setDescription('Kunshan credit measure (昆政办发〔2017〕41号): credit commitments, reviews and reports — the public contract of docs/api.md. Errors: { statusCode, code, message, messageZh, details }. 昆山市信用产品使用记录系统。')
    .setVersion('0.1.0')
    // Bearer JWT (issue 5): who may call what is the policy table of src/auth/policy.ts; public routes need none.
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'npm run token -- --role <role> … (development), or the identity provider\'s token' })
    .addSecurityRequirements('bearer')
    .addGlobalParameters(
      { name: 'X-Min-Position', in: 'header', required: false, description: 'queries: wait (≤ 2 s) until the views include this log position / 读己之写', schema: { type: 'integer' } },
      { name: 'X-Request-Id', in: 'header', required: false, description: 'your id for this request (1–64 of [A-Za-z0-9._:-]), echoed in the X-Request-Id answer header and logged; otherwise a new UUID v7 / 请求标识', schema: { type: 'string', pattern: '^[A-Za-z0-9._:-]{1,64}$' } },
    )
    .build();
  const document = applySecurityFromPolicy(SwaggerModule.createDocument(app, config));
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
