import { Controller, Get, HttpException, Inject, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { errorBody } from '../http/error-body.js';
import { CONSOLE_ASSETS } from './console-assets.token.js';
import type { ConsoleAsset, ConsoleAssets } from './console-assets.js';

/** Asset names are the build's: letters, digits, dots, dashes and underscores, no directories. */
const ASSET_NAME = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * The web console (issue 12) at /ui: one HTML shell for every page (the browser routes), the bundled
 * script and style sheet under /ui/assets/ with hashed names. Public: the console holds no data; every
 * answer it shows comes from the API with the signed-in user's own token.
 */
@ApiExcludeController()
@Controller('ui')
export class ConsoleController {
  constructor(@Inject(CONSOLE_ASSETS) private readonly assets: ConsoleAssets | null) {}

  @Get()
  home(@Req() request: Request, @Res() response: Response): void {
    this.page(request, response);
  }

  @Get('assets/:name')
  asset(@Param('name') name: string, @Req() request: Request, @Res() response: Response): void {
    const found = ASSET_NAME.test(name) ? this.built().get(name) : undefined;
    if (found === undefined) throw new HttpException(errorBody(404, 'NOT_FOUND', `no console asset named ${name}`, { field: 'name' }), 404);
    // Hashed names change with their content: cached for a year, never revalidated.
    send(request, response, found, 'public, max-age=31536000, immutable');
  }

  @Get('*path')
  page(@Req() request: Request, @Res() response: Response): void {
    send(request, response, this.built().shell, 'no-cache');
  }

  private built(): ConsoleAssets {
    if (this.assets !== null) return this.assets;
    throw new HttpException(errorBody(503, 'CONSOLE_NOT_BUILT', 'the web console was not built: run `npm run build` (it writes dist/ui), then start the service again', {}), 503);
  }
}

function send(request: Request, response: Response, asset: ConsoleAsset, cacheControl: string): void {
  response.setHeader('Cache-Control', cacheControl);
  response.setHeader('ETag', asset.etag);
  if (request.headers['if-none-match'] === asset.etag) {
    response.status(304).end();
    return;
  }
  response.setHeader('Content-Type', asset.contentType);
  response.status(200).send(asset.body);
}
