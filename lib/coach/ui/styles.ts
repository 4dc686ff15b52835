/**
 * Styles of the in-page UI, adopted by the shadow root (a constructed stylesheet: page CSP
 * does not apply to it and the page's own CSS cannot reach in). Pixel units only: `rem`
 * would follow the page's root font size. System fonts only: nothing is fetched.
 */
export const COACH_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.layer { position: fixed; top: 0; left: 0; width: 0; height: 0; pointer-events: none; }
.clip { position: fixed; overflow: hidden; pointer-events: none; }
[hidden] { display: none !important; }
.underline { position: absolute; border-bottom: 2px solid #c2571a; pointer-events: none; }
.underline[data-severity="consider"] { border-bottom: 2px dotted #2f62b8; }
.underline[data-active] { background: rgba(255, 196, 0, 0.28); }
.mirror { position: fixed; visibility: hidden; pointer-events: none; overflow: hidden;
  white-space: pre-wrap; overflow-wrap: break-word; margin: 0; border: 0; }
.sr { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.ui { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2933;
  pointer-events: auto; }
button { font: inherit; cursor: pointer; }
button:focus-visible, a:focus-visible, [tabindex]:focus-visible { outline: 2px solid #2f62b8; outline-offset: 2px; }
.badge { position: fixed; display: flex; align-items: center; gap: 4px; min-width: 26px; height: 26px;
  padding: 0 8px; border-radius: 13px; border: 1px solid #b9c4d0; background: #fff; color: #3b4754;
  box-shadow: 0 1px 3px rgba(0,0,0,.15); font-size: 12px; font-weight: 600; }
.badge[data-state="quiet"] { opacity: .55; padding: 0; justify-content: center; }
.badge[data-state="quiet"]:hover, .badge[data-state="quiet"]:focus-visible { opacity: 1; }
.badge[data-state="listening"] { border-color: #6b9e78; color: #2e6b3f; }
.badge[data-state="hints"] { border-color: #c2571a; color: #8a3c10; }
.badge[data-care] { border-color: #7a6bb5; color: #4b3d8f; }
.badge .mark { font-size: 13px; line-height: 1; }
.panel { position: fixed; width: 360px; max-width: calc(100vw - 16px); max-height: min(560px, calc(100vh - 16px));
  overflow: auto; background: #fff; border: 1px solid #c9d2dc; border-radius: 10px;
  box-shadow: 0 8px 28px rgba(0,0,0,.18); padding: 14px 16px; }
.panel h2 { font-size: 15px; margin: 0; }
.panel h3 { font-size: 13px; margin: 14px 0 6px; color: #3b4754; }
.head { display: flex; justify-content: space-between; align-items: center; gap: 8px; }
.close { border: 0; background: transparent; font-size: 18px; line-height: 1; padding: 2px 6px; border-radius: 4px; color: #3b4754; }
.intro { margin: 6px 0 0; color: #4a5663; }
ul { list-style: none; margin: 0; padding: 0; }
.hint { border-left: 3px solid #c2571a; padding: 6px 0 6px 10px; margin: 0 0 8px; }
.hint[data-severity="consider"] { border-left-color: #2f62b8; }
.hint .words { font-weight: 600; }
.hint p { margin: 3px 0; }
.hint .gentler { color: #2e6b3f; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 4px; }
.link-button { border: 1px solid #c9d2dc; background: #f6f8fa; border-radius: 6px; padding: 2px 8px; font-size: 12px; color: #1f2933; }
.primary { border: 1px solid #2f62b8; background: #2f62b8; color: #fff; border-radius: 6px; padding: 4px 10px; }
.element { display: flex; gap: 6px; padding: 2px 0; }
.element .tick { width: 16px; text-align: center; }
.element[data-present="true"] .tick { color: #2e6b3f; }
.element[data-present="false"] { color: #4a5663; }
.prompt { margin: 0 0 10px; }
.prompt .label { font-weight: 600; margin: 0 0 4px; }
.starter { display: flex; justify-content: space-between; align-items: center; gap: 8px; padding: 3px 0; }
.starter q { font-style: italic; }
.support { background: #f4f1fb; border: 1px solid #d6cdef; border-radius: 8px; padding: 10px 12px; margin-top: 10px; }
.support h3 { margin-top: 0; color: #4b3d8f; }
.support li { margin: 6px 0; }
.support a { color: #3b2f86; }
.note { color: #4a5663; font-size: 12px; margin: 6px 0 0; }
.card { position: fixed; width: 300px; max-width: calc(100vw - 16px); background: #fff; border: 1px solid #c9d2dc;
  border-radius: 8px; box-shadow: 0 6px 20px rgba(0,0,0,.18); padding: 10px 12px; }
.card h3 { margin: 0 0 4px; font-size: 13px; }
.card p { margin: 3px 0; }
.failed { color: #8a3c10; }
@media (prefers-color-scheme: dark) {
  .ui { color: #e6e9ed; }
  .badge, .panel, .card { background: #1f242b; color: #e6e9ed; border-color: #46505c; }
  .panel h3, .close { color: #c8d0d9; }
  .intro, .note, .element[data-present="false"] { color: #b3bcc6; }
  .link-button { background: #2a3038; color: #e6e9ed; border-color: #46505c; }
  .support { background: #29253a; border-color: #4b4370; }
  .support h3, .support a { color: #cfc4ff; }
  .hint .gentler { color: #9fd4ad; }
}
@media (prefers-reduced-motion: no-preference) {
  .panel, .card { transition: opacity .12s ease-out; }
}
`;
