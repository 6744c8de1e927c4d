/**
 * Registers a screen's unsaved-changes check (unsaved-guard.ts) while the screen is on the page, so
 * that every screen with something to lose wires it the same way.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { guardUnsaved } from './unsaved-guard.ts';

/** Asks before leaving while `hasUnsavedChanges()` holds and the host is connected. */
export class UnsavedGuardController implements ReactiveController {
  private readonly hasUnsavedChanges: () => boolean;
  private unguard: (() => void) | null = null;

  constructor(host: ReactiveControllerHost, hasUnsavedChanges: () => boolean) {
    this.hasUnsavedChanges = hasUnsavedChanges;
    host.addController(this);
  }

  hostConnected(): void {
    this.unguard = guardUnsaved(this.hasUnsavedChanges);
  }

  hostDisconnected(): void {
    this.unguard?.();
    this.unguard = null;
  }
}
