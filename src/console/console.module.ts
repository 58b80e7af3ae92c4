import { Module } from '@nestjs/common';
import { ConsoleAssets } from './console-assets.js';
import { CONSOLE_ASSETS } from './console-assets.token.js';
import { ConsoleController } from './console.controller.js';
import { DevSignInController } from './dev-sign-in.controller.js';

/** The web console (ui/, built into dist/ui) and its development sign-in. */
@Module({
  controllers: [DevSignInController, ConsoleController],
  providers: [{ provide: CONSOLE_ASSETS, useFactory: () => ConsoleAssets.load() }],
})
export class ConsoleModule {}
