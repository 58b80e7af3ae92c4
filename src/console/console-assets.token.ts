/** The built console (ConsoleAssets, or null when not built), loaded once by ConsoleModule. */
export const CONSOLE_ASSETS = Symbol('ConsoleAssets');
