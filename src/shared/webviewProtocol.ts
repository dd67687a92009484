import { z } from 'zod';

/**
 * The typed protocol between the extension host and the tutor panel (webview). Declared once, parsed on
 * both sides: the host sends full state snapshots (`state/didChange`), the panel sends requests.
 */

/** A diagnostic as the panel shows it (already filtered and mapped by the host). */
export const panelDiagnosticSchema = z.object({
  id: z.string().max(256),
  file: z.string().max(1024),
  /** The path shown to the engineer, relative to the workspace. */
  label: z.string().max(1024),
  line: z.number().int().min(0),
  character: z.number().int().min(0),
  severity: z.enum(['error', 'warning', 'info', 'hint']),
  source: z.string().max(128).optional(),
  code: z.string().max(128).optional(),
  message: z.string().max(2000),
  conceptIds: z.array(z.string().max(128)).max(16),
});
export type PanelDiagnostic = z.infer<typeof panelDiagnosticSchema>;

/** The tabs of the panel. */
export const panelViewSchema = z.enum(['now', 'skills', 'review', 'history']);
export type PanelView = z.infer<typeof panelViewSchema>;

/** Everything the panel renders, sent whole on every change so the panel never reconciles diffs. */
export const panelStateSchema = z.object({
  view: panelViewSchema,
  diagnostics: z.array(panelDiagnosticSchema).max(500),
  /** How many diagnostics the host is tracking in total (the list above may be truncated). */
  diagnosticCount: z.number().int().min(0),
  llm: z.object({ configured: z.boolean(), label: z.string().max(200) }),
});
export type PanelState = z.infer<typeof panelStateSchema>;

/** Messages from the host to the panel. */
export const hostToPanelSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('state/didChange'), state: panelStateSchema }),
]);
export type HostToPanel = z.infer<typeof hostToPanelSchema>;

/** Messages from the panel to the host. */
export const panelToHostSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('webview/ready') }),
  z.object({ type: z.literal('view/select'), view: panelViewSchema }),
  z.object({
    type: z.literal('location/open'),
    file: z.string().max(1024),
    line: z.number().int().min(0),
    character: z.number().int().min(0),
  }),
]);
export type PanelToHost = z.infer<typeof panelToHostSchema>;

/** An empty panel state, used before the host has anything to say. */
export function emptyPanelState(): PanelState {
  return { view: 'now', diagnostics: [], diagnosticCount: 0, llm: { configured: false, label: 'Built-in library (offline)' } };
}
