import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import type { ModulesContainer } from '@nestjs/core';
import type { RouteKey } from './policy.js';

function join(...parts: string[]): string {
  const path = parts.map((part) => part.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/');
  return `/${path}`;
}

/** `GET /subjects/{id}/status` from Nest's `GET`, `subjects` and `:id/status` (docs/api.md spells parameters `{id}`). */
export function routeKey(method: string, controllerPath: string, handlerPath: string): RouteKey {
  return `${method.toUpperCase()} ${join(controllerPath, handlerPath).replace(/:([A-Za-z0-9_]+)/g, '{$1}')}` as RouteKey;
}

function firstPath(value: unknown): string {
  if (Array.isArray(value)) return String(value[0] ?? '');
  return typeof value === 'string' ? value : '';
}

/** The route key of a controller method from its Nest metadata (what the guard sees). */
export function routeKeyOf(controller: object, handler: object): RouteKey {
  const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod] ?? 'GET';
  return routeKey(method, firstPath(Reflect.getMetadata(PATH_METADATA, controller)), firstPath(Reflect.getMetadata(PATH_METADATA, handler)));
}

/** Every route the application registered: the coverage test checks each against the policy table. */
export function registeredRoutes(modules: ModulesContainer): RouteKey[] {
  const keys = new Set<RouteKey>();
  for (const module of modules.values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
        keys.add(routeKeyOf(controller, handler));
      }
    }
  }
  return [...keys].sort();
}
